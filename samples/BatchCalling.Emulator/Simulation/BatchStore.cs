using System;
using System.Collections.Generic;
using System.Threading;

namespace BatchCalling.Emulator.Simulation;

/// <summary>Thread-safe in-memory set of jobs, listed newest first with id cursors.</summary>
internal sealed class BatchStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);
    private readonly List<BatchJob> _bySequence = [];

    // Kept so a cursor naming a job deleted between two page requests still marks a position.
    private readonly Dictionary<string, long> _deletedSequences = new(StringComparer.Ordinal);
    private long _nextSequence;

    public long NextSequence() => Interlocked.Increment(ref _nextSequence);

    public void Add(BatchJob job)
    {
        lock (_gate)
        {
            _jobs.Add(job.Id, job);
            _bySequence.Add(job);
            _bySequence.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        }
    }

    public BatchJob? Find(string id)
    {
        lock (_gate)
        {
            return _jobs.GetValueOrDefault(id);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_jobs.Remove(id, out BatchJob? job))
            {
                return false;
            }

            _bySequence.Remove(job);
            _deletedSequences[id] = job.Sequence;
            return true;
        }
    }

    /// <summary>One page, newest first, strictly after the job named by <paramref name="lastDoc"/>.</summary>
    /// <returns>The page and whether more follow, or null when the cursor names no job this store ever had.</returns>
    public (IReadOnlyList<BatchJob> Page, bool HasMore)? Page(int limit, string? lastDoc, string? agentId)
    {
        lock (_gate)
        {
            long before = long.MaxValue;
            if (!string.IsNullOrEmpty(lastDoc))
            {
                if (_jobs.TryGetValue(lastDoc, out BatchJob? cursor))
                {
                    before = cursor.Sequence;
                }
                else if (!_deletedSequences.TryGetValue(lastDoc, out before))
                {
                    return null;
                }
            }

            List<BatchJob> page = [];
            for (int i = _bySequence.Count - 1; i >= 0; i--)
            {
                BatchJob job = _bySequence[i];
                if (job.Sequence >= before || (agentId is not null && job.Request.AgentId != agentId))
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    return (page, true);
                }

                page.Add(job);
            }

            return (page, false);
        }
    }
}
