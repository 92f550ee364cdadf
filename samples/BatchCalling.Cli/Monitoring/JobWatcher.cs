using System;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;

namespace BatchCalling.Cli.Monitoring;

/// <summary>Polls a job until it ends. Cancelling the token only stops the polling; the job is never touched.</summary>
internal static class JobWatcher
{
    public static async Task<BatchCallDetailedResponse> WatchAsync(
        ConversationalAiBatchCallsClient client, string id, TimeSpan interval, Action<BatchCallDetailedResponse> onUpdate, CancellationToken cancellationToken)
    {
        while (true)
        {
            BatchCallDetailedResponse job = await client.GetAsync(id, cancellationToken).ConfigureAwait(false);
            onUpdate(job);
            if (JobProgress.From(job).IsTerminal)
            {
                return job;
            }

            await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
        }
    }
}
