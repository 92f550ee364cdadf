using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;

namespace BatchCalling.Cli.Monitoring;

/// <summary>
/// Reads one batch's counters from the list (no recipients), so watching a 10,000-call batch does not download
/// 10,000 recipients per poll. The first look pages through the agent's batches, newest first; later looks
/// fetch only the page it was on, just long enough to reach it, and page again if it moved.
/// </summary>
internal sealed class BatchLocator(BatchApi api, string id, string agentId)
{
    private const int PageSize = 100;
    private string? _cursor;
    private int _limit;

    /// <returns>The batch without recipients, or null when the list does not show it.</returns>
    public async Task<BatchView?> FindAsync(CancellationToken cancellationToken)
    {
        if (_limit > 0)
        {
            (IReadOnlyList<BatchView> page, _) = await api.PageAsync(_limit, _cursor, agentId, cancellationToken).ConfigureAwait(false);
            if (Remember(page, _cursor) is { } found)
            {
                return found;
            }
        }

        string? cursor = null;
        do
        {
            (IReadOnlyList<BatchView> page, string? next) = await api.PageAsync(PageSize, cursor, agentId, cancellationToken).ConfigureAwait(false);
            if (Remember(page, cursor) is { } found)
            {
                return found;
            }

            cursor = next;
        }
        while (cursor is not null);

        _limit = 0;
        return null;
    }

    private BatchView? Remember(IReadOnlyList<BatchView> page, string? cursor)
    {
        for (int i = 0; i < page.Count; i++)
        {
            if (page[i].Id == id)
            {
                // A few spare places: newer batches push it down the first page.
                (_cursor, _limit) = (cursor, Math.Min(PageSize, i + 5));
                return page[i];
            }
        }

        return null;
    }
}
