using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Output;
using Spectre.Console;

namespace BatchCalling.Cli.Monitoring;

/// <summary>How a watch is shown.</summary>
internal enum ProgressStyle
{
    /// <summary>A live Spectre display (dispatched / finished bars, ETA) for a person at a terminal.</summary>
    Live,

    /// <summary>One plain line per change, for logs, pipes and tests.</summary>
    Plain,

    /// <summary>One compact JSON object per change (--json).</summary>
    Json,
}

/// <summary>Runs a <see cref="JobWatcher"/> and shows its updates in the chosen <see cref="ProgressStyle"/>.</summary>
internal static class ProgressView
{
    public static Task<BatchView> WatchAsync(
        ProgressStyle style, IAnsiConsole console, TextWriter output, JobWatcher watcher, BatchView start, TimeSpan interval, CancellationToken cancellationToken)
    {
        return style switch
        {
            ProgressStyle.Live => LiveAsync(console, watcher, start, interval, cancellationToken),
            ProgressStyle.Json => watcher.WatchAsync(start, interval, OnChange(job => JsonOutput.Batch(output, job with { Recipients = null }, indented: false)), cancellationToken),
            _ => watcher.WatchAsync(start, interval, OnChange(job => output.WriteLine(Line(job))), cancellationToken),
        };
    }

    /// <summary>The progress line of plain output, e.g. "in_progress: dispatched 2/3, finished 1/3".</summary>
    public static string Line(BatchView job) => $"{job.Status}: dispatched {job.Dispatched}/{job.Total}, finished {job.Finished}/{job.Total}";

    // Polls that change nothing print nothing.
    private static Action<BatchView> OnChange(Action<BatchView> show)
    {
        string? last = null;
        return job =>
        {
            string line = Line(job);
            if (line != last)
            {
                show(job);
                last = line;
            }
        };
    }

    private static Task<BatchView> LiveAsync(IAnsiConsole console, JobWatcher watcher, BatchView start, TimeSpan interval, CancellationToken cancellationToken)
    {
        return console.Progress()
            .AutoClear(false)
            // Left-aligned labels of one width keep the rows lined up.
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask dispatched = context.AddTask("Dispatched");
                ProgressTask finished = context.AddTask("Finished");
                return await watcher.WatchAsync(start, interval, job =>
                {
                    double max = Math.Max(1, job.Total);
                    Set(dispatched, $"Dispatched {job.Dispatched}/{job.Total}", job.Dispatched, max);
                    Set(finished, $"Finished   {job.Finished}/{job.Total}", job.Finished, max);
                    if (job.IsTerminal)
                    {
                        // Stop the bars so the display shows the final state, not a spinner.
                        dispatched.StopTask();
                        finished.StopTask();
                    }
                }, cancellationToken).ConfigureAwait(false);
            });
    }

    private static void Set(ProgressTask task, string description, double value, double max)
    {
        task.Description = description;
        task.MaxValue = max;
        task.Value = value;
    }
}
