using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Sdkgen.Generation.Benchmarks;

// Warm, in-process generation of one spec, stage by stage, next to a bare SharpYaml parse of the same text.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: Sdkgen.Generation.Benchmarks <spec.yaml|json> [--runs N] [--warmups N] [--dump DIR] [--per-file-cost] [--loop N] | <spec> --compile [--runs N] [--only NAME,...] [--dump DIR] [--per-file] [--bodies]");
    return 2;
}

string path = Path.GetFullPath(args[0]);
if (args.Contains("--compile"))
{
    // The user's compile of the generated code, phase by phase (see CompileCost).
    int at = Array.IndexOf(args, "--dump");
    int onlyAt = Array.IndexOf(args, "--only");
    return CompileCost.Run(
        new SpecFile(path, File.ReadAllText(path)),
        new SpecOptions("Bench", "BenchClient"),
        Option("--runs", 3),
        at >= 0 ? args[at + 1] : null,
        onlyAt >= 0 ? args[onlyAt + 1].Split(',') : [],
        args.Contains("--per-file"),
        args.Contains("--bodies"));
}

int runs = Option("--runs", 10);
int warmups = Option("--warmups", 10);
string text = File.ReadAllText(path);
SpecOptions options = new("Bench", "BenchClient");
SpecFile spec = new(path, text);
SpecFile tinySpec = new("/specs/tiny.yaml", TinySpec.Text);
// The first description with a word added: what an edit in the IDE costs once the driver has generated.
int descriptionAt = text.IndexOf("\"description\": \"", StringComparison.Ordinal) is >= 0 and var jsonAt ? jsonAt + "\"description\": \"".Length
    : text.IndexOf("description: ", StringComparison.Ordinal) is >= 0 and var yamlAt ? yamlAt + "description: ".Length : -1;
SpecFile? editedSpec = descriptionAt < 0 ? null : new(path, text.Insert(descriptionAt, "Edited "));
if (OptionText("--dump") is { } dumpDirectory)
{
    // Every generated file and diagnostic, to diff two builds of the generator byte for byte.
    GeneratorDump.Write(spec, options, dumpDirectory);
    return 0;
}

if (OptionText("--loop") is { } loopRuns)
{
    // Only the generator, N times, for a profiler to attach to (e.g. dotnet-trace's allocation ticks, docs/benchmarks.md).
    for (int i = 0; i < int.Parse(loopRuns, CultureInfo.InvariantCulture); i++)
    {
        GeneratorRun.Run(spec, options, track: false);
    }

    return 0;
}

if (args.Contains("--per-file-cost"))
{
    // Roslyn's own cost of the file count: Sdkgen's output for this spec replayed as N files, N from all down to 1.
    IReadOnlyList<string> texts = GeneratorDump.Texts(spec, options);
    Console.WriteLine("| Files (same text in all) | Wall, median | Wall, min | Thread CPU, median |");
    Console.WriteLine("|---:|---:|---:|---:|");
    foreach (int files in new[] { texts.Count, 2000, 1000, 500, 100, 1 })
    {
        var replays = Enumerable.Range(0, warmups + runs).Select(_ => OutputCountRun.Run(texts, files)).Skip(warmups).ToList();
        double[] wall = replays.Select(r => r.Total.TotalMilliseconds).Order().ToArray();
        string cpuText = replays.All(r => r.Cpu.HasValue) ? string.Create(CultureInfo.InvariantCulture, $"{MedianOf(replays.Select(r => r.Cpu!.Value)):F1} ms") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {files:N0} | {Median(wall):F1} ms | {wall[0]:F1} ms | {cpuText} |"));
    }

    Console.WriteLine($"Load average at the end (1/5/15 min, shared machine): {LoadAverage()}");
    return 0;
}

List<(TimeSpan Elapsed, TimeSpan? Cpu, long Allocated, long Events)> yaml = [];
List<GeneratorRunResult> full = [];
List<GeneratorRunResult> tracked = [];
List<GeneratorRunResult> tiny = [];
List<(TimeSpan Total, TimeSpan? Cpu, long Allocated, int Reemitted)> edits = [];
for (int i = 0; i < warmups + runs; i++)
{
    // Interleaved, so a burst of load from other processes hits all three alike. Each starts on a collected heap, so a
    // collection of one stage's garbage is not charged to the next.
    Heap.Settle();
    var yamlRun = YamlParse.Run(text);
    Heap.Settle();
    var fullRun = GeneratorRun.Run(spec, options, track: false);
    Heap.Settle();
    var trackedRun = GeneratorRun.Run(spec, options);
    Heap.Settle();
    var tinyRun = GeneratorRun.Run(tinySpec, options, track: false);
    Heap.Settle();
    var editRun = editedSpec is null ? default : GeneratorRun.RunAfterEdit(spec, editedSpec, options);
    if (i >= warmups)
    {
        yaml.Add(yamlRun);
        full.Add(fullRun);
        tracked.Add(trackedRun);
        tiny.Add(tinyRun);
        edits.Add(editRun);
    }
}

GeneratorRunResult last = full[^1];
CultureInfo c = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(c, $"Spec: {path} ({text.Length:N0} chars, {yaml[0].Events:N0} YAML events)"));
Console.WriteLine(string.Create(c, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC; {runs} runs after {warmups} warm-ups"));
Console.WriteLine($"Load average at the end (1/5/15 min, shared machine): {LoadAverage()}");
Console.WriteLine(string.Create(c, $"Generated: {last.Files:N0} files, {last.Lines:N0} lines, {last.Characters / 1048576.0:F1} MiB of C#, {last.Diagnostics} diagnostics"));
Console.WriteLine();
Console.WriteLine("| Stage | Wall, median | Wall, min | Process CPU, median | Allocated (median) |");
Console.WriteLine("|---|---:|---:|---:|---:|");
Row("SharpYaml event parse only (floor)", yaml.Select(r => r.Elapsed), yaml.Select(r => r.Cpu), yaml.Select(r => r.Allocated));
Row("Generator: parse + model (`ApiModels` step)", tracked.Select(r => r.Model), null, null);
Row("Generator: one model per file (`FileModels` step)", tracked.Select(r => r.Plan), null, null);
Row("Generator: emit each file's text (`Sources` step)", tracked.Select(r => r.Emit), null, null);
Row("Generator: AddSource (`SourceOutput`)", tracked.Select(r => r.AddSource), null, null);
Row("Roslyn driver, the rest", tracked.Select(r => r.Rest), null, null);
Row("Generator total with step tracking (the rows above)", tracked.Select(r => r.Total), tracked.Select(r => r.Cpu), tracked.Select(r => r.Allocated));
Row("**Generator total** (`RunGenerators` untracked, as the compiler runs it)", full.Select(r => r.Total), full.Select(r => r.Cpu), full.Select(r => r.Allocated));
Row("Afterwards: parsing the generated C# (part of the compile, not of the total)", tracked.Select(r => r.ParseOutput), null, null);
if (editedSpec is not null)
{
    Row($"Incremental: the same driver after one description edit ({edits[^1].Reemitted} file re-emitted)", edits.Select(r => r.Total), edits.Select(r => r.Cpu), edits.Select(r => r.Allocated));
}

Row("Same driver, trivially small spec", tiny.Select(r => r.Total), tiny.Select(r => r.Cpu), tiny.Select(r => r.Allocated));
Console.WriteLine();
// Each round ran the bare parse and the generator back to back, so a speed step of the shared host (it moves both by
// a third and more between rounds) cancels in the round's own ratio; the ratio of the medians is printed beside it.
double[] wallRatios = yaml.Zip(full, (y, g) => g.Total.TotalMilliseconds / y.Elapsed.TotalMilliseconds).Order().ToArray();
Console.WriteLine(string.Create(c, $"Generator total / bare parse, median of the rounds' ratios: {Median(wallRatios):F2}x wall (goal: 1.5x or less; rounds {wallRatios[0]:F2}-{wallRatios[^1]:F2})"));
if (full.All(r => r.Cpu.HasValue) && yaml.All(r => r.Cpu.HasValue))
{
    double[] cpuRatios = yaml.Zip(full, (y, g) => g.Cpu!.Value.TotalMilliseconds / y.Cpu!.Value.TotalMilliseconds).Order().ToArray();
    Console.WriteLine(string.Create(c, $"Same in process CPU time (GC threads included): {Median(cpuRatios):F2}x"));
}

Console.WriteLine(string.Create(c, $"Ratio of the medians: {MedianOf(full.Select(r => r.Total)) / MedianOf(yaml.Select(r => r.Elapsed)):F2}x wall; generator steps alone (model + per-file models + emit, tracked run) {MedianOf(tracked.Select(r => r.Model + r.Plan + r.Emit)) / MedianOf(yaml.Select(r => r.Elapsed)):F2}x"));
Console.WriteLine(string.Create(c, $"GC pauses inside a generator run, median: {Median(full.Select(r => r.GcPause.TotalMilliseconds).Order().ToArray()):F1} ms"));
return 0;

static double MedianOf(IEnumerable<TimeSpan> times) => Median(times.Select(t => t.TotalMilliseconds).Order().ToArray());

int Option(string name, int fallback) => OptionText(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

void Row(string stage, IEnumerable<TimeSpan> times, IEnumerable<TimeSpan?>? cpu, IEnumerable<long>? allocated)
{
    double[] ms = times.Select(t => t.TotalMilliseconds).Order().ToArray();
    string cpuMs = cpu?.All(t => t.HasValue) == true ? string.Create(c, $"{MedianOf(cpu.Select(t => t!.Value)):F1} ms") : "";
    string bytes = allocated is null ? "" : string.Create(c, $"{Median(allocated.Select(b => (double)b).Order().ToArray()) / 1048576.0:F1} MiB");
    Console.WriteLine(string.Create(c, $"| {stage} | {Median(ms):F1} ms | {ms[0]:F1} ms | {cpuMs} | {bytes} |"));
}

// Other processes' load explains noisy figures; Linux only, blank elsewhere.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

static double Median(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
