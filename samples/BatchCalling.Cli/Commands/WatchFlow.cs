using System;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using ElevenLabs;

namespace BatchCalling.Cli.Commands;

/// <summary>Watches a job to its end and prints the summary. Ctrl+C stops watching only: the job keeps going.</summary>
internal static class WatchFlow
{
    public static async Task<int> RunAsync(CommandContext context, ApiSession session, string id, CancellationToken cancellationToken)
    {
        BatchCallDetailedResponse job;
        try
        {
            job = await ProgressView.WatchAsync(context.Console, context.Settings.Interactive, context.Out, session.BatchCalls, id,
                context.Settings.PollInterval, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            string where = session.IsInProcessEmulator ? " (on the in-process emulator, until this process exits)" : "";
            context.Error.WriteLine($"Stopped watching. Batch call {id} continues{where}; stop it with: cancel {id}");
            return ExitCodes.Interrupted;
        }

        context.Out.WriteLine();
        JobTables.WriteJob(context.Console, job);
        return ExitCodes.Ok;
    }
}
