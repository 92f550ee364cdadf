using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;

namespace BatchCalling.Cli.Monitoring;

/// <summary>
/// Polls a job until it ends, reading only its counters while it runs. An outage (429, 5xx, dropped connections,
/// timeouts, after the pipeline's own retries) does not end the watch: it says so, waits longer each time, and
/// carries on. Cancelling the token only stops the polling; the job is never touched.
/// </summary>
internal sealed class JobWatcher(BatchApi api, CliSettings settings, TextWriter notices)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(60);

    /// <returns>The ended job with its recipients.</returns>
    public async Task<BatchView> WatchAsync(BatchView start, TimeSpan interval, Action<BatchView> onUpdate, CancellationToken cancellationToken)
    {
        BatchLocator locator = new(api, start.Id, start.AgentId);
        BatchView current = start;
        onUpdate(current);
        while (!current.IsTerminal)
        {
            await Task.Delay(interval, settings.Time, cancellationToken).ConfigureAwait(false);
            current = await ThroughOutagesAsync(
                async ct => await locator.FindAsync(ct).ConfigureAwait(false) ?? await api.GetAsync(start.Id, ct).ConfigureAwait(false),
                interval,
                cancellationToken).ConfigureAwait(false);
            onUpdate(current);
        }

        return current.Recipients is null
            ? await ThroughOutagesAsync(ct => api.GetAsync(start.Id, ct), interval, cancellationToken).ConfigureAwait(false)
            : current;
    }

    /// <summary>Runs <paramref name="fetch"/> until it succeeds, waiting out transient failures for up to <see cref="CliSettings.WatchGiveUpAfter"/>.</summary>
    public async Task<T> ThroughOutagesAsync<T>(Func<CancellationToken, Task<T>> fetch, TimeSpan interval, CancellationToken cancellationToken)
    {
        DateTimeOffset? since = null;
        TimeSpan pause = interval;
        while (true)
        {
            try
            {
                T result = await fetch(cancellationToken).ConfigureAwait(false);
                if (since is not null)
                {
                    notices.WriteLine("The API answers again; still watching.");
                }

                return result;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && Failures.IsTransient(e))
            {
                DateTimeOffset now = settings.Time.GetUtcNow();
                since ??= now;
                if (now - since.Value >= settings.WatchGiveUpAfter)
                {
                    notices.WriteLine($"Giving up: the API has not answered for {(now - since.Value).TotalMinutes:0} minutes. The batch is not affected; watch it again later.");
                    throw;
                }

                notices.WriteLine($"The API is not answering ({Failures.Describe(e)}); still watching, trying again in {Failures.Seconds(pause)}.");
                await Task.Delay(pause, settings.Time, cancellationToken).ConfigureAwait(false);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }
}
