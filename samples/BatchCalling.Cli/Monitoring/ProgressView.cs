using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using Spectre.Console;

namespace BatchCalling.Cli.Monitoring;

/// <summary>
/// Shows a watch: a live Spectre progress display (dispatched / finished / failed, ETA) in a terminal, or one
/// plain line per change when output is redirected, so logs and tests get readable text instead of redraws.
/// </summary>
internal static class ProgressView
{
    public static Task<BatchCallDetailedResponse> WatchAsync(
        IAnsiConsole console, bool interactive, TextWriter plain, ConversationalAiBatchCallsClient client, string id, TimeSpan interval, CancellationToken cancellationToken)
    {
        return interactive
            ? LiveAsync(console, client, id, interval, cancellationToken)
            : PlainAsync(plain, client, id, interval, cancellationToken);
    }

    private static async Task<BatchCallDetailedResponse> PlainAsync(
        TextWriter output, ConversationalAiBatchCallsClient client, string id, TimeSpan interval, CancellationToken cancellationToken)
    {
        string? last = null;
        return await JobWatcher.WatchAsync(client, id, interval, job =>
        {
            string line = JobProgress.From(job).ToString();
            if (line != last)
            {
                output.WriteLine(line);
                last = line;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Task<BatchCallDetailedResponse> LiveAsync(
        IAnsiConsole console, ConversationalAiBatchCallsClient client, string id, TimeSpan interval, CancellationToken cancellationToken)
    {
        return console.Progress()
            .AutoClear(false)
            // Left-aligned labels of one width keep the three rows lined up.
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask dispatched = context.AddTask("Dispatched");
                ProgressTask finished = context.AddTask("Finished");
                ProgressTask failed = context.AddTask("[red]Failed[/]");
                return await JobWatcher.WatchAsync(client, id, interval, job =>
                {
                    JobProgress p = JobProgress.From(job);
                    double max = Math.Max(1, p.Total);
                    Set(dispatched, $"Dispatched {p.Dispatched}/{p.Total}", p.Dispatched, max);
                    Set(finished, $"Finished   {p.Finished}/{p.Total}", p.Finished, max);
                    Set(failed, $"[red]Failed[/]     {p.Failed}/{p.Total}", p.Failed, max);
                    if (p.IsTerminal)
                    {
                        // Stop all bars so the display shows the final state, not a spinner.
                        foreach (ProgressTask task in (ProgressTask[])[dispatched, finished, failed])
                        {
                            task.StopTask();
                        }
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
