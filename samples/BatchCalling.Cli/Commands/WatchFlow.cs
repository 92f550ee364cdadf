using System;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using BatchCalling.Cli.Output;

namespace BatchCalling.Cli.Commands;

/// <summary>Watches a job to its end and prints the summary. Ctrl+C stops watching only: the job keeps going.</summary>
internal static class WatchFlow
{
    /// <returns>0, or the batch's failed/cancelled exit code, or 130 when interrupted.</returns>
    public static async Task<int> RunAsync(CommandContext context, ApiSession session, BatchView start, TimeSpan interval, bool json, CancellationToken cancellationToken)
    {
        ProgressStyle style = json ? ProgressStyle.Json : context.Settings.Interactive ? ProgressStyle.Live : ProgressStyle.Plain;
        JobWatcher watcher = new(session.Batches, context.Settings, context.Error);
        BatchView job;
        try
        {
            job = await ProgressView.WatchAsync(style, context.Console, context.Out, watcher, start, interval, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            string where = session.IsInProcessEmulator ? " (on the in-process emulator, until this process exits)" : "";
            context.Error.WriteLine($"Stopped watching. Batch call {start.Id} continues{where}; stop it with: cancel {start.Id}");
            return ExitCodes.Interrupted;
        }

        if (json)
        {
            JsonOutput.Batch(context.Out, job, indented: false);
        }
        else
        {
            context.Out.WriteLine();
            JobTables.WriteJob(context.Console, job);
        }

        return ExitCodes.ForBatch(job.Status);
    }

    /// <summary><c>watch ID</c>: one full read to start (it also tells a wrong id at once), then counters only.</summary>
    public static async Task<int> RunAsync(CommandContext context, ApiSession session, string id, TimeSpan interval, bool json, CancellationToken cancellationToken)
    {
        JobWatcher watcher = new(session.Batches, context.Settings, context.Error);
        BatchView start = await watcher.ThroughOutagesAsync(ct => session.Batches.GetAsync(id, ct), interval, cancellationToken).ConfigureAwait(false);
        return await RunAsync(context, session, start, interval, json, cancellationToken).ConfigureAwait(false);
    }
}
