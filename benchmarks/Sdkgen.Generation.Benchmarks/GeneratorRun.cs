using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>What one fresh (non-incremental) generator run took and produced.</summary>
internal sealed record GeneratorRunResult(
    TimeSpan Total, TimeSpan? Cpu, TimeSpan Model, TimeSpan Plan, TimeSpan Emit, TimeSpan AddSource, TimeSpan ParseOutput, long Allocated, TimeSpan GcPause, int Files, long Characters, long Lines, int Diagnostics)
{
    /// <summary>What the tracked steps do not cover: the driver's own work.</summary>
    public TimeSpan Rest => Total - Model - Plan - Emit - AddSource;
}

/// <summary>Runs <see cref="SdkGenerator"/> through the public <see cref="CSharpGeneratorDriver"/> API, as the compiler does once per build.</summary>
internal static class GeneratorRun
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "GenerationBenchmark", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <param name="track">
    /// Record each step's time, as the stage rows need; the compiler does not (its driver runs untracked, and the
    /// tracking allocates a record per item and step), so the total the goal compares is taken from an untracked run.
    /// </param>
    public static GeneratorRunResult Run(SpecFile spec, SpecOptions options, bool track = true)
    {
        // A new driver each time: a reused one would answer from its incremental cache and generate nothing.
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        TimeSpan? cpuStart = CpuClock.Process();
        long start = Stopwatch.GetTimestamp();
        GeneratorDriver driver = NewDriver(spec, options, track);
        driver = driver.RunGenerators(Compilation);
        TimeSpan total = Stopwatch.GetElapsedTime(start);
        TimeSpan? cpu = CpuClock.Process() - cpuStart;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TimeSpan gcPause = GC.GetTotalPauseDuration() - pauseBefore;

        Microsoft.CodeAnalysis.GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        // ApiModels is SpecParser.Parse (YAML events → tree → model); FileModels is ApiEmitter.Plan (one model per file);
        // Sources is each file's text; SourceOutput is AddSource.
        TimeSpan model = track ? Sum(result.TrackedSteps, TrackingNames.ApiModels) : TimeSpan.Zero;
        TimeSpan plan = track ? Sum(result.TrackedSteps, TrackingNames.FileModels) : TimeSpan.Zero;
        TimeSpan emit = track ? Sum(result.TrackedSteps, TrackingNames.Sources) : TimeSpan.Zero;
        TimeSpan addSource = track ? Sum(result.TrackedOutputSteps, WellKnownGeneratorOutputs.SourceOutput) : TimeSpan.Zero;
        // The driver hands out syntax trees it has not parsed yet; the compile parses them. Timed apart, outside Total.
        long parseStart = Stopwatch.GetTimestamp();
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            source.SyntaxTree.GetRoot();
        }

        TimeSpan parseOutput = Stopwatch.GetElapsedTime(parseStart);
        long characters = result.GeneratedSources.Sum(source => (long)source.SourceText.Length);
        long lines = result.GeneratedSources.Sum(source => (long)source.SourceText.Lines.Count);
        return new GeneratorRunResult(total, cpu, model, plan, emit, addSource, parseOutput, allocated, gcPause, result.GeneratedSources.Length, characters, lines, result.Diagnostics.Length);
    }

    /// <summary>
    /// The IDE's case: a driver that has generated once sees the spec with one description edited. Timed: the second
    /// run only, where every per-file model is compared with the previous one and only changed files are re-emitted.
    /// The heap is settled between the two: by the time a user edits, the previous run's output is long promoted, and
    /// a collection the first run's garbage would trigger is not the edit's cost.
    /// </summary>
    public static (TimeSpan Total, TimeSpan? Cpu, long Allocated, int Reemitted) RunAfterEdit(SpecFile spec, SpecFile edited, SpecOptions options)
    {
        GeneratorDriver driver = NewDriver(spec, options);
        driver = driver.RunGenerators(Compilation).ReplaceAdditionalText(spec, edited);
        Heap.Settle();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan? cpuStart = CpuClock.Process();
        long start = Stopwatch.GetTimestamp();
        driver = driver.RunGenerators(Compilation);
        TimeSpan total = Stopwatch.GetElapsedTime(start);
        TimeSpan? cpu = CpuClock.Process() - cpuStart;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        int reemitted = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Sources]
            .Count(step => step.Outputs.Any(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        return (total, cpu, allocated, reemitted);
    }

    private static GeneratorDriver NewDriver(SpecFile spec, SpecOptions options, bool track = true) => CSharpGeneratorDriver.Create(
        [new SdkGenerator().AsSourceGenerator()],
        [spec],
        ParseOptions,
        options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static TimeSpan Sum(System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name)
        => steps.TryGetValue(name, out var runs)
            ? runs.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.ElapsedTime)
            : throw new InvalidOperationException($"No tracked step '{name}'; steps: {string.Join(", ", steps.Keys)}");
}
