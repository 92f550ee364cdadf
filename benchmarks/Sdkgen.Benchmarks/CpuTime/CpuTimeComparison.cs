using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Benchmarks.Json;
using Sdkgen.Generation.Benchmarks;

namespace Sdkgen.Benchmarks.CpuTime;

/// <summary>
/// The same six benchmarks per document as BenchmarkDotNet runs, timed in the thread's own CPU time and interleaved
/// round by round (STJ, Sdkgen, hand-written, then rotated), so a burst of load from other processes costs every
/// implementation alike instead of skewing one. For a shared, noisy machine where wall-clock ratios swing run to run.
/// </summary>
internal static class CpuTimeComparison
{
    // The kernel counts thread CPU time in scheduler ticks (4 ms here): a batch this long is timed to about 2 %.
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(200);

    public static void Run(int rounds)
    {
        Console.WriteLine($"Thread CPU time per operation, median of {rounds} interleaved batches of ~{Batch.TotalMilliseconds:0} ms each; load average {LoadAverage()}.");
        Compare("Submit body, 1,000 recipients", new SubmitBodyJson(), rounds);
        Compare("List page, 100 jobs", new BatchCallsPageJson(), rounds);
        Console.WriteLine($"Load average at the end: {LoadAverage()}.");
    }

    private static void Compare<TSdkgen, THand>(string title, JsonComparison<TSdkgen, THand> benchmark, int rounds)
    {
        benchmark.Setup();
        try
        {
            Console.WriteLine();
            Console.WriteLine($"**{title}**");
            Console.WriteLine();
            Console.WriteLine("| | Read, µs | Read ratio | Write, µs | Write ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            var read = Measure(rounds, () => benchmark.ReadStj(), () => benchmark.ReadSdkgen(), () => benchmark.ReadHandWritten());
            var write = Measure(rounds, () => benchmark.WriteStj(), () => benchmark.WriteSdkgen(), () => benchmark.WriteHandWritten());
            string[] names = ["STJ source gen", "Sdkgen", "Hand-written"];
            for (var i = 0; i < names.Length; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {names[i]} | {read.Times[i]:0.0} | {read.Ratios[i]:0.00} | {write.Times[i]:0.0} | {write.Ratios[i]:0.00} |"));
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Sdkgen / hand-written, median of the rounds' own ratios: read {read.SdkgenOverHand:0.00}, write {write.SdkgenOverHand:0.00}"));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>
    /// Median µs per operation of each implementation, the median of its per-round ratio to the first, and the median
    /// of the per-round ratio of the second (Sdkgen) to the third (hand-written).
    /// </summary>
    private static (double[] Times, double[] Ratios, double SdkgenOverHand) Measure(int rounds, params Func<object?>[] operations)
    {
        // Warm-up: past tiered compilation's first tiers, and a batch size that fills about one batch of CPU time.
        var perBatch = operations.Select(operation => OperationsPerBatch(operation)).ToArray();
        var times = operations.Select(_ => new List<double>()).ToArray();
        var ratios = operations.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var perOperation = new double[operations.Length];
            for (var k = 0; k < operations.Length; k++)
            {
                var i = (round + k) % operations.Length;
                perOperation[i] = TimeBatch(operations[i], perBatch[i]);
                times[i].Add(perOperation[i]);
            }

            for (var i = 0; i < operations.Length; i++)
            {
                ratios[i].Add(perOperation[i] / perOperation[0]);
            }
        }

        var sdkgenOverHand = times[1].Zip(times[2], (sdkgen, hand) => sdkgen / hand).ToList();
        return (times.Select(Median).ToArray(), ratios.Select(Median).ToArray(), Median(sdkgenOverHand));
    }

    private static int OperationsPerBatch(Func<object?> operation)
    {
        var count = 1;
        var warm = TimeSpan.Zero;
        while (warm < TimeSpan.FromSeconds(1))
        {
            var start = CpuClock.Thread() ?? throw new PlatformNotSupportedException("--cpu needs Linux thread CPU time (getrusage).");
            for (var i = 0; i < count; i++)
            {
                operation();
            }

            var spent = CpuClock.Thread()!.Value - start;
            warm += spent;
            if (spent < Batch)
            {
                count *= 2;
            }
        }

        return count;
    }

    /// <returns>Microseconds of thread CPU time per operation.</returns>
    private static double TimeBatch(Func<object?> operation, int count)
    {
        var start = CpuClock.Thread()!.Value;
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        return (CpuClock.Thread()!.Value - start).TotalMicroseconds / count;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string LoadAverage() =>
        System.IO.File.Exists("/proc/loadavg") ? string.Join(' ', System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
