using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Sdkgen.Corpus.Tests.Manifest;
using Sdkgen.Corpus.Tests.Restore;

namespace Sdkgen.Corpus.Tests.Measuring;

/// <summary>
/// Writes what a run measured into the cache's <c>reports/</c> folder: <c>&lt;id&gt;.json</c> (figures and counts by
/// diagnostic id) and <c>&lt;id&gt;.diagnostics.txt</c> (every diagnostic with its place); with <c>SDKGEN_CORPUS_DUMP=1</c>
/// also every generated file under <c>&lt;id&gt;/</c>. For reading only.
/// </summary>
internal static class CorpusReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>One line for the test output and the README table.</summary>
    public static string Summary(CorpusSpec spec, CorpusRun run)
    {
        var figures = run.Figures;
        string[] parts =
        [
            string.Create(CultureInfo.InvariantCulture, $"{spec.Id}: {figures.OperationsGenerated}/{figures.Operations} operations, {figures.Schemas} schemas"),
            string.Create(CultureInfo.InvariantCulture, $"{run.Sources.Count} files, {run.GeneratedLines} lines"),
            string.Create(CultureInfo.InvariantCulture, $"generation {run.GenerationTime.TotalMilliseconds:F0} ms, compile {run.CompileTime.TotalMilliseconds:F0} ms"),
            $"SDKG {Counts(run.GeneratorDiagnostics)}",
            $"compiler {Counts(run.CompileDiagnostics)}",
            run.GeneratorException is null ? "" : "GENERATOR CRASHED",
        ];
        return string.Join("; ", parts.Where(part => part.Length > 0));
    }

    public static void Write(CorpusSpec spec, CorpusRun run)
    {
        Directory.CreateDirectory(CorpusCache.Reports);
        var report = new
        {
            spec.Id,
            spec.Version,
            Figures = run.Figures,
            Files = run.Sources.Count,
            Lines = run.GeneratedLines,
            GenerationMs = (int)run.GenerationTime.TotalMilliseconds,
            CompileMs = (int)run.CompileTime.TotalMilliseconds,
            GeneratorDiagnostics = ById(run.GeneratorDiagnostics),
            CompileDiagnostics = ById(run.CompileDiagnostics),
            run.GeneratorException,
        };
        File.WriteAllText(Path.Combine(CorpusCache.Reports, spec.Id + ".json"), JsonSerializer.Serialize(report, Options));

        var text = new StringBuilder();
        foreach (var diagnostic in run.GeneratorDiagnostics.Concat(run.CompileDiagnostics))
        {
            text.AppendLine(Describe(diagnostic, run.Sources));
        }

        File.WriteAllText(Path.Combine(CorpusCache.Reports, spec.Id + ".diagnostics.txt"), text.ToString());

        if (System.Environment.GetEnvironmentVariable("SDKGEN_CORPUS_DUMP") == "1")
        {
            var folder = Path.Combine(CorpusCache.Reports, spec.Id);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var (hint, source) in run.Sources)
            {
                File.WriteAllText(Path.Combine(folder, hint), source);
            }
        }
    }

    /// <summary>"SDKG004 Warning" → count, in id order.</summary>
    public static SortedDictionary<string, int> ById(IEnumerable<Diagnostic> diagnostics)
        => new(diagnostics.GroupBy(diagnostic => $"{diagnostic.Id} {diagnostic.Severity}").ToDictionary(group => group.Key, group => group.Count()), System.StringComparer.Ordinal);

    private static string Counts(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = ById(diagnostics);
        return counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => $"{pair.Value}x {pair.Key}"));
    }

    /// <summary>Id, severity, place and message; for generated code also the offending source line.</summary>
    private static string Describe(Diagnostic diagnostic, IReadOnlyDictionary<string, string> sources)
    {
        var span = diagnostic.Location.GetLineSpan();
        var place = span.IsValid ? $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})" : "(no location)";
        var line = "";
        var hint = diagnostic.Location.SourceTree?.FilePath is { } treePath ? Path.GetFileName(treePath) : null;
        if (hint is not null && sources.TryGetValue(hint, out var source))
        {
            var lines = source.Split('\n');
            var index = span.StartLinePosition.Line;
            line = index < lines.Length ? " | " + lines[index].Trim() : "";
        }

        return $"{diagnostic.Id} {diagnostic.Severity} {place}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}{line}";
    }
}
