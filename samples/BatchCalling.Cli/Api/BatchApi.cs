using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;

namespace BatchCalling.Cli.Api;

/// <summary>The batch-calling operations the commands use, in terms of <see cref="BatchView"/>s.</summary>
internal sealed class BatchApi(ConversationalAiBatchCallsClient client)
{
    public async Task<BatchView> SubmitAsync(BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost body, CancellationToken cancellationToken) =>
        BatchViews.From(await client.CreateAsync(body, cancellationToken).ConfigureAwait(false));

    /// <summary>One batch with all its recipients.</summary>
    public async Task<BatchView> GetAsync(string id, CancellationToken cancellationToken) =>
        BatchViews.From(await client.GetAsync(id, cancellationToken).ConfigureAwait(false));

    /// <summary>Every batch, newest first, page by page.</summary>
    public async IAsyncEnumerable<BatchView> ListAsync(int? pageSize, string? agentId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (BatchCallResponse job in client.ListAllAsync(pageSize, null, agentId, cancellationToken).ConfigureAwait(false))
        {
            yield return BatchViews.From(job);
        }
    }

    /// <summary>One page of the list, and the cursor of the next one (null after the last).</summary>
    public async Task<(IReadOnlyList<BatchView> Page, string? Next)> PageAsync(int limit, string? cursor, string? agentId, CancellationToken cancellationToken)
    {
        WorkspaceBatchCallsResponse page = await client.ListAsync(limit, cursor, agentId, cancellationToken).ConfigureAwait(false);
        List<BatchView> items = new(page.BatchCalls.Count);
        foreach (BatchCallResponse job in page.BatchCalls)
        {
            items.Add(BatchViews.From(job));
        }

        return (items, page.HasMore == true ? page.NextDoc : null);
    }

    public async Task<BatchView> CancelAsync(string id, CancellationToken cancellationToken) =>
        BatchViews.From(await client.CancelAsync(id, cancellationToken).ConfigureAwait(false));

    public async Task<BatchView> RetryAsync(string id, CancellationToken cancellationToken) =>
        BatchViews.From(await client.RetryAsync(id, cancellationToken).ConfigureAwait(false));

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => client.DeleteAsync(id, cancellationToken);

    public Task<Stream> ExportAsync(string id, CancellationToken cancellationToken) => client.ExportAsync(id, cancellationToken);
}
