using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>
/// What Roslyn's driver costs per generated file, apart from Sdkgen: the text Sdkgen generated, handed out again by a
/// trivial generator of the same pipeline shape (one input → one node per file → AddSource), cut into N files.
/// </summary>
internal static class OutputCountRun
{
    public static (TimeSpan Total, TimeSpan? Cpu) Run(IReadOnlyList<string> texts, int files)
    {
        // File i holds every files-th text from i, so each N keeps the same total text.
        var parts = Enumerable.Range(0, files)
            .Select(i => new KeyValuePair<string, string>($"F{i}.g.cs", string.Concat(texts.Where((_, at) => at % files == i))))
            .ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new Replay(parts).AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        TimeSpan? cpuStart = CpuClock.Thread();
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        driver.RunGenerators(CSharpCompilation.Create("OutputCount"));
        return (System.Diagnostics.Stopwatch.GetElapsedTime(start), CpuClock.Thread() - cpuStart);
    }

    private sealed class Replay(ImmutableArray<KeyValuePair<string, string>> parts) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.CompilationProvider
                .SelectMany((Compilation _, CancellationToken _) => parts)
                .Select((part, _) => part);
            context.RegisterSourceOutput(files, (output, part) => output.AddSource(part.Key, SourceText.From(part.Value, System.Text.Encoding.UTF8)));
        }
    }
}
