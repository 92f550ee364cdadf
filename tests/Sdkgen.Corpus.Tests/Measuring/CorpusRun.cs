using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Corpus.Tests.Manifest;
using Sdkgen.Generator.Tests.Infrastructure;

namespace Sdkgen.Corpus.Tests.Measuring;

/// <summary>One spec generated in memory and its output compiled, with everything measured about it.</summary>
internal sealed record CorpusRun(
    DocumentFacts Document,
    int OperationsGenerated,
    int Pagers,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompileDiagnostics,
    string? GeneratorException,
    IReadOnlyDictionary<string, string> Sources,
    TimeSpan GenerationTime,
    TimeSpan CompileTime)
{
    public int GeneratedLines => Sources.Values.Sum(text => text.Count(c => c == '\n'));

    public ExpectedFigures Figures => new()
    {
        Operations = Document.Operations,
        Schemas = Document.Schemas,
        OperationsGenerated = OperationsGenerated,
        GeneratorErrors = Sdkg(DiagnosticSeverity.Error),
        GeneratorWarnings = Sdkg(DiagnosticSeverity.Warning),
        CompileErrors = CompileDiagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error),
        CompileWarnings = CompileDiagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning),
        GeneratorCrashed = GeneratorException is not null,
    };

    /// <summary>The generator's own diagnostics of one severity (a crash is Roslyn's CS8785, counted as <see cref="ExpectedFigures.GeneratorCrashed"/>).</summary>
    private int Sdkg(DiagnosticSeverity severity)
        => GeneratorDiagnostics.Count(diagnostic => diagnostic.Severity == severity && diagnostic.Id.StartsWith("SDKG", StringComparison.Ordinal));

    /// <summary>Generates <paramref name="spec"/> from <paramref name="text"/> (at a path with the spec's own extension) and compiles the result.</summary>
    public static CorpusRun Generate(CorpusSpec spec, string text)
    {
        var path = $"/corpus/{spec.Id}.{spec.Format}";
        var driver = GeneratorHarness.CreateDriver(
            new InMemoryAdditionalText(path, text),
            new TestOptionsProvider().Set(path, spec.Namespace, spec.ClientName));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation([]), out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        var compiling = Stopwatch.StartNew();
        var compileDiagnostics = GeneratorHarness.WithNullableWarnings(output).GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        compiling.Stop();

        return new CorpusRun(
            DocumentFacts.Read(text, spec.Format),
            GeneratedOperations.Count(output, $"{spec.Namespace}.{spec.ClientName}"),
            GeneratedOperations.Pagers(output, $"{spec.Namespace}.{spec.ClientName}"),
            generatorDiagnostics,
            compileDiagnostics,
            result.Exception?.ToString(),
            result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal),
            driver.GetTimingInfo().ElapsedTime,
            compiling.Elapsed);
    }
}
