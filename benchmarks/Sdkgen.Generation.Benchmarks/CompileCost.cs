using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Sdkgen.Generator;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>
/// Where the user's compile of the generated code spends its time: the generator's output compiled in-process the way
/// csc compiles a console that references Sdkgen.Runtime (Debug, nullable on, portable PDB), phase by phase, and the
/// same output with one kind of work taken away, so the difference is what that work costs.
/// </summary>
internal static class CompileCost
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    public static int Run(SpecFile spec, SpecOptions options, int runs, string? dump, string[] only, bool perFile, bool bodies)
    {
        ImmutableArray<MetadataReference> references = References();
        CSharpCompilation host = Compilation([], references, NullableContextOptions.Enable);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new SdkGenerator().AsSourceGenerator()], [spec], ParseOptions, options);
        Microsoft.CodeAnalysis.GeneratorRunResult result = driver.RunGenerators(host).GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        var sources = result.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            foreach (var (hint, text) in sources)
            {
                File.WriteAllText(Path.Combine(dump, hint), text);
            }
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        if (perFile)
        {
            PerFile(sources, references);
            return 0;
        }

        Console.WriteLine(string.Create(c, $"Generated: {sources.Count:N0} files, {sources.Sum(s => s.Text.Count(ch => ch == '\n')):N0} lines; compiler: Roslyn {typeof(Compilation).Assembly.GetName().Version}, {Environment.ProcessorCount} cores, concurrent build on"));
        var variants = new (string Name, Func<string, string, string> Rewrite, NullableContextOptions Nullable)[]
        {
            ("as generated", (_, text) => text, NullableContextOptions.Enable),
            ("nullable analysis off", (_, text) => text.Replace("#nullable enable", "#nullable disable", StringComparison.Ordinal), NullableContextOptions.Disable),
            ("nullable annotations only (#nullable enable annotations)", (_, text) => text.Replace("#nullable enable", "#nullable enable annotations", StringComparison.Ordinal), NullableContextOptions.Enable),
            ("nullable warnings off (#nullable disable warnings after #nullable enable)", (_, text) => text.Replace("#nullable enable", "#nullable enable\n#nullable disable warnings", StringComparison.Ordinal), NullableContextOptions.Enable),
            ("records as classes (no synthesized Equals, GetHashCode, ToString, PrintMembers, Clone)", (_, text) => text.Replace(" partial record ", " partial class ", StringComparison.Ordinal), NullableContextOptions.Enable),
            ("no method bodies (declarations only)", (_, text) => BodyStripper.Strip(text, ParseOptions), NullableContextOptions.Enable),
            ("no bodies in the JSON converters", (_, text) => BodyStripper.Strip(text, ParseOptions, IsConverters), NullableContextOptions.Enable),
            ("no bodies in the client and operation groups", (hint, text) => hint.Contains("Client", StringComparison.Ordinal) || hint.Contains("Api.g.cs", StringComparison.Ordinal) ? BodyStripper.Strip(text, ParseOptions) : text, NullableContextOptions.Enable),
            ("no bodies in the model types (records, enums, unions)", (hint, text) => !hint.Contains("Client", StringComparison.Ordinal) && !hint.Contains("Api.g.cs", StringComparison.Ordinal) ? BodyStripper.Strip(text, ParseOptions, ns => !IsConverters(ns)) : text, NullableContextOptions.Enable),
        };
        if (only.Length > 0)
        {
            variants = variants.Where(v => only.Any(o => v.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();
        }

        var timings = variants.ToDictionary(v => v.Name, _ => new List<Phases>());
        var texts = variants.ToDictionary(v => v.Name, v => sources.Select(s => v.Rewrite(s.HintName, s.Text)).ToList());
        Time(texts[variants[0].Name], references, variants[0].Nullable, bodies); // warms the JIT (the SDK's csc is precompiled)
        for (int i = 0; i < runs; i++)
        {
            // Interleaved, so a burst of load from other processes hits every variant alike.
            foreach (var variant in variants)
            {
                timings[variant.Name].Add(Time(texts[variant.Name], references, variant.Nullable, bodies));
            }
        }

        Console.WriteLine($"Load average at the end (1/5/15 min, shared machine): {File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => a + " " + b)}");
        Console.WriteLine();
        Console.WriteLine("Process CPU ms (all threads), median of " + runs + " runs after a warm-up, a fresh compilation each; the least of the runs in brackets (contention only adds):");
        Console.WriteLine();
        Console.WriteLine("| Variant | Parse | Declarations | Method bodies alone (bind, flow, nullable) | Emit (bind, lower, IL, PDB) | **csc-like total** (parse + declarations + emit) | Wall, median | Errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var variant in variants)
        {
            List<Phases> all = timings[variant.Name];
            string M(Func<Phases, Phase> pick) => string.Create(c, $"{Median(all.Select(p => pick(p).Cpu)):N0} ({all.Min(p => pick(p).Cpu):N0})");
            Func<Phases, Phase> total = p => p.Parse + p.Declarations + p.Emit;
            Console.WriteLine(string.Create(c, $"| {variant.Name} | {M(p => p.Parse)} | {M(p => p.Declarations)} | {(bodies ? M(p => p.Bodies) : "")} | {M(p => p.Emit)} | **{M(total)}** | {Median(all.Select(p => total(p).Wall)):N0} | {all[0].Errors} |"));
        }

        return 0;
    }

    /// <summary>
    /// Binding, flow and nullable analysis of each file's method bodies on its own (one thread, after a warm-up pass),
    /// summed by kind of file, with the costliest files: which generated code the compiler's binder works hardest on.
    /// Emit (lowering, IL) and record members the compiler synthesizes are not in it; the variants measure those.
    /// </summary>
    private static void PerFile(List<(string HintName, string Text)> sources, ImmutableArray<MetadataReference> references)
    {
        SyntaxTree[] trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.HintName)).ToArray();
        CSharpCompilation warm = Compilation(trees, references, NullableContextOptions.Enable);
        warm.GetMethodBodyDiagnostics();
        CSharpCompilation compilation = Compilation(trees, references, NullableContextOptions.Enable);
        compilation.GetDeclarationDiagnostics();
        var rows = new List<(string Kind, string File, double Ms, int Lines)>();
        foreach (SyntaxTree tree in trees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            long start = Stopwatch.GetTimestamp();
            model.GetMethodBodyDiagnostics();
            rows.Add((Kind(tree.FilePath, tree.GetText().ToString()), tree.FilePath, Stopwatch.GetElapsedTime(start).TotalMilliseconds, tree.GetText().Lines.Count));
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        double total = rows.Sum(r => r.Ms);
        Console.WriteLine(string.Create(c, $"Method-body binding + flow + nullable analysis, file by file, one thread: {total:N0} ms in all"));
        Console.WriteLine();
        Console.WriteLine("| Kind of file | Files | Lines | ms | share | µs per line |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var kind in rows.GroupBy(r => r.Kind).OrderByDescending(g => g.Sum(r => r.Ms)))
        {
            Console.WriteLine(string.Create(c, $"| {kind.Key} | {kind.Count():N0} | {kind.Sum(r => r.Lines):N0} | {kind.Sum(r => r.Ms):N0} | {kind.Sum(r => r.Ms) / total:P0} | {1000 * kind.Sum(r => r.Ms) / kind.Sum(r => r.Lines):N0} |"));
        }

        Console.WriteLine();
        foreach (var row in rows.OrderByDescending(r => r.Ms).Take(15))
        {
            Console.WriteLine(string.Create(c, $"{row.Ms,8:N1} ms {row.Lines,5} lines  {row.File}"));
        }
    }

    /// <summary>A schema's file holds its type, then its converter in the namespace "….Serialization".</summary>
    private static bool IsConverters(string ns) => ns.EndsWith(".Serialization", StringComparison.Ordinal);

    private static string Kind(string hint, string text)
        => text.Contains("partial record ", StringComparison.Ordinal) ? "record and its converter"
            : text.Contains(".Serialization\n{", StringComparison.Ordinal) ? "enum or union and its converter"
            : text.Contains("ApiConnection", StringComparison.Ordinal) ? "client / operations"
            : "other (options, DI)";

    /// <summary>One fresh compilation: parse, declaration diagnostics, method-body diagnostics; then, as csc does, a second fresh compilation that is parsed, declared and emitted (binding bodies again inside Emit).</summary>
    private static Phases Time(List<string> texts, ImmutableArray<MetadataReference> references, NullableContextOptions nullable, bool bodies)
    {
        SyntaxTree[] trees = [];
        Phase parse = Phase.Time(() => trees = texts.AsParallel().AsOrdered().Select(text => CSharpSyntaxTree.ParseText(text, ParseOptions)).ToArray());
        CSharpCompilation compilation = Compilation(trees, references, nullable);
        Phase declarations = Phase.Time(() => compilation.GetDeclarationDiagnostics());
        ImmutableArray<Diagnostic> bodyDiagnostics = [];
        Phase bodyTime = bodies ? Phase.Time(() => bodyDiagnostics = compilation.GetMethodBodyDiagnostics()) : default;

        CSharpCompilation fresh = Compilation(trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), ParseOptions)).ToArray(), references, nullable);
        fresh.GetDeclarationDiagnostics();
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = null!;
        Phase emit = Phase.Time(() => emitted = fresh.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb)));
        var errorList = compilation.GetDeclarationDiagnostics().Concat(bodyDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        int errors = errorList.Count;
        if (errors > 0 && Environment.GetEnvironmentVariable("SHOW_ERRORS") == "1")
        {
            errorList.Take(3).ToList().ForEach(e => Console.WriteLine(e));
        }

        if (!emitted.Success && errors == 0)
        {
            errors = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (Environment.GetEnvironmentVariable("SHOW_ERRORS") == "1")
            {
                emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList().ForEach(e => Console.WriteLine(e));
            }
        }

        return new Phases(parse, declarations, bodyTime, emit, errors);
    }

    private static CSharpCompilation Compilation(SyntaxTree[] trees, ImmutableArray<MetadataReference> references, NullableContextOptions nullable)
        => CSharpCompilation.Create(
            "CompileCost",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, concurrentBuild: true));

    /// <summary>What a net10.0 console referencing Sdkgen.Runtime compiles against: the reference pack, the runtime and its dependencies.</summary>
    private static ImmutableArray<MetadataReference> References()
    {
        string dotnet = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))))!;
        string refPack = Directory.GetDirectories(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref"))
            .Where(d => Path.GetFileName(d).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal))
            .Max(StringComparer.Ordinal)!;
        IEnumerable<string> framework = Directory.GetFiles(Path.Combine(refPack, "ref", "net" + Environment.Version.Major + ".0"), "*.dll");
        IEnumerable<string> runtime = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("Sdkgen.Runtime", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
        return framework.Concat(runtime).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Phases(Phase Parse, Phase Declarations, Phase Bodies, Phase Emit, int Errors);

    /// <summary>Wall and process CPU time (all threads: the compiler binds and emits types in parallel) of one phase, in ms.</summary>
    private readonly record struct Phase(double Wall, double Cpu)
    {
        public static Phase Time(Action action)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            action();
            return new Phase(Stopwatch.GetElapsedTime(start).TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        public static Phase operator +(Phase a, Phase b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);
    }
}
