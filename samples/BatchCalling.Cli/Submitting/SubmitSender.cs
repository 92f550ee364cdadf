using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Output;
using Sdkgen.Runtime;

namespace BatchCalling.Cli.Submitting;

/// <summary>The result of sending one batch: the batch (created or found), or the exit code to stop with.</summary>
internal sealed record SubmitOutcome(BatchView? Batch, int ExitCode);

/// <summary>
/// Sends one batch. A submit is never retried blindly, since a second one would call everyone twice: a 429 is a
/// refusal (nothing was processed), so it is sent again after the wait Retry-After asks for; after any other failure
/// (5xx, a timeout, a dropped connection) the batch may exist, so the CLI looks for it by name instead.
/// </summary>
internal sealed class SubmitSender(BatchApi api, CliSettings settings, TextWriter notices)
{
    /// <summary>Sends before giving up on a busy API.</summary>
    public const int MaxBusyAttempts = 6;

    /// <summary>Allowance for the API's clock being behind this machine's when looking for a batch.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public async Task<SubmitOutcome> SendAsync(Campaign campaign, BatchPart part, Func<string> rerun, CancellationToken cancellationToken)
    {
        DateTimeOffset started = settings.Time.GetUtcNow();
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return new SubmitOutcome(await api.SubmitAsync(SubmitRequestMapper.ToRequest(campaign, part), cancellationToken).ConfigureAwait(false), ExitCodes.Ok);
            }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt == MaxBusyAttempts)
                {
                    notices.WriteLine($"The API is still busy (429) after {attempt} tries and did not take \"{part.Name}\"; nothing was created. Try again later.");
                    return new SubmitOutcome(null, ExitCodes.ApiError);
                }

                TimeSpan wait = Failures.RetryAfter(e, settings.Time.GetUtcNow()) ?? TimeSpan.FromSeconds(5 << (attempt - 1));
                notices.WriteLine($"The API is busy (429) and did not take \"{part.Name}\"; sending it again in {Failures.Seconds(wait)}, as Retry-After asks (try {attempt + 1} of {MaxBusyAttempts}).");
                await Task.Delay(wait, settings.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                notices.WriteLine($"Interrupted while submitting \"{part.Name}\": it may or may not have been created. " +
                    $"Check with: list --agent-id {campaign.AgentId} before submitting again.");
                return new SubmitOutcome(null, ExitCodes.Interrupted);
            }
            catch (Exception e) when (Failures.IsTransient(e))
            {
                return await RecoverAsync(campaign, part, e, started - ClockSkew, rerun, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<SubmitOutcome> RecoverAsync(Campaign campaign, BatchPart part, Exception failure, DateTimeOffset since, Func<string> rerun, CancellationToken cancellationToken)
    {
        notices.WriteLine($"Submitting \"{part.Name}\" failed ({Failures.Describe(failure)}). It may have been created all the same, so it is not sent again " +
            "blindly (everyone would be called twice). Looking for it…");
        BatchView? found;
        try
        {
            found = await FindAsync(campaign.AgentId!, part, since, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Failures.IsTransient(e))
        {
            notices.WriteLine($"Could not look for it either ({Failures.Describe(e)}). Before submitting again, check whether a batch named \"{part.Name}\" " +
                $"exists: list --agent-id {campaign.AgentId}");
            return new SubmitOutcome(null, ExitCodes.SubmitOutcomeUnknown);
        }

        if (found is not null)
        {
            notices.WriteLine($"It went through: batch call {found.Id} \"{found.Name}\" was created at {Timestamps.Readable(found.CreatedAt)}.");
            return new SubmitOutcome(found, ExitCodes.Ok);
        }

        notices.WriteLine($"No batch named \"{part.Name}\" was created since {Timestamps.Readable(since)}: no call was placed. It is safe to submit again:");
        notices.WriteLine("  " + rerun());
        return new SubmitOutcome(null, ExitCodes.ApiError);
    }

    // Newest first: stop at the first batch older than the submit.
    private async Task<BatchView?> FindAsync(string agentId, BatchPart part, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await foreach (BatchView batch in api.ListAsync(null, agentId, cancellationToken).ConfigureAwait(false))
        {
            if (batch.CreatedAt < since)
            {
                break;
            }

            if (batch.Name == part.Name && batch.Total == part.Recipients.Count)
            {
                return batch;
            }
        }

        return null;
    }
}
