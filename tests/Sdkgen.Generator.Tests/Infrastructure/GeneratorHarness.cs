using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Sdkgen.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutput(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    GeneratorDriverRunResult RunResult,
    GeneratorDriver Driver,
    Compilation InputCompilation,
    Compilation OutputCompilation);

/// <summary>Runs <see cref="SdkGenerator"/> in memory over a compilation that references the .NET 10 ref pack and Sdkgen.Runtime.</summary>
internal static class GeneratorHarness
{
    public const string SpecPath = "/specs/test.yaml";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Sdkgen.Runtime.ApiConnection).Assembly.Location),
    ];

    /// <summary>Generates from one spec and compiles the result (plus any consumer sources).</summary>
    public static GeneratorOutput Run(
        string specText,
        string? sdkgenNamespace = "Test",
        string? clientName = "TestClient",
        string specPath = SpecPath,
        IEnumerable<string>? consumerSources = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        bool propsImported = true,
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = CreateCompilation(consumerSources ?? [], outputKind).AddReferences(extraReferences ?? []);
        var spec = new InMemoryAdditionalText(specPath, specText);
        var driver = CreateDriver(spec, new TestOptionsProvider(propsImported).Set(specPath, sdkgenNamespace, clientName));
        return RunDriver(driver, compilation);
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            "GeneratorTestAssembly",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/Consumer{i}.cs")),
            References,
            new CSharpCompilationOptions(outputKind)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithWarningLevel(9999)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(AdditionalText spec, TestOptionsProvider options)
        => CSharpGeneratorDriver.Create(
            [new SdkGenerator().AsSourceGenerator()],
            [spec],
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutput RunDriver(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var runResult = driver.GetRunResult();
        var sources = runResult.Results.SelectMany(result => result.GeneratedSources)
            .ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        var compileDiagnostics = WithNullableWarnings(output).GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
        return new GeneratorOutput(sources, generatorDiagnostics, compileDiagnostics, runResult, driver, compilation, output);
    }

    /// <summary>
    /// The compilation with nullable warnings back on in the generated files (they turn them off so users' builds skip
    /// the analysis, see Preamble.NoNullableWarnings): what the tests check the generated code against.
    /// </summary>
    public static Compilation WithNullableWarnings(Compilation output)
    {
        const string NoNullableWarnings = "#nullable disable warnings"; // Preamble.NoNullableWarnings (internal to the generator)
        foreach (var tree in output.SyntaxTrees)
        {
            var text = tree.GetText();
            var line = text.Lines.FirstOrDefault(l => l.ToString().StartsWith(NoNullableWarnings, StringComparison.Ordinal));
            if (line.Text is not null)
            {
                output = output.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(line.Span, string.Empty)));
            }
        }

        return output;
    }

    /// <summary>Readable one-per-line rendering for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(Environment.NewLine, diagnostics.Select(diagnostic => diagnostic.ToString()));
}
