using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>One plain run's output: written to a folder (each file by its hint name, diagnostics in one list) to diff builds, or as texts.</summary>
internal static class GeneratorDump
{
    public static void Write(SpecFile spec, SpecOptions options, string directory)
    {
        Microsoft.CodeAnalysis.GeneratorRunResult result = Generate(spec, options);
        Directory.CreateDirectory(directory);
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }

        File.WriteAllLines(Path.Combine(directory, "diagnostics.txt"), result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        System.Console.WriteLine($"{result.GeneratedSources.Length} files and {result.Diagnostics.Length} diagnostics written to {directory}");
    }

    /// <summary>Each generated file's text, in the order generated.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Texts(SpecFile spec, SpecOptions options)
        => Generate(spec, options).GeneratedSources.Select(source => source.SourceText.ToString()).ToList();

    private static Microsoft.CodeAnalysis.GeneratorRunResult Generate(SpecFile spec, SpecOptions options)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SdkGenerator().AsSourceGenerator()], [spec], CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), options);
        return driver.RunGenerators(CSharpCompilation.Create("GenerationDump")).GetRunResult().Results.Single();
    }
}
