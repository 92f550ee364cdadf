using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>Writes one run's output to a folder (each file by its hint name, diagnostics in one list), for diffing builds.</summary>
internal static class GeneratorDump
{
    public static void Write(SpecFile spec, SpecOptions options, string directory)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SdkGenerator().AsSourceGenerator()], [spec], CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), options);
        driver = driver.RunGenerators(CSharpCompilation.Create("GenerationDump"));
        Microsoft.CodeAnalysis.GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Directory.CreateDirectory(directory);
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }

        File.WriteAllLines(Path.Combine(directory, "diagnostics.txt"), result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        System.Console.WriteLine($"{result.GeneratedSources.Length} files and {result.Diagnostics.Length} diagnostics written to {directory}");
    }
}
