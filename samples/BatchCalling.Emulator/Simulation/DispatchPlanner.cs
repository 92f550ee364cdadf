using System;
using System.Collections.Generic;

namespace BatchCalling.Emulator.Simulation;

/// <summary>Gives each queued attempt its dispatch time so that at most <c>limit</c> calls are ever in flight.</summary>
internal static class DispatchPlanner
{
    /// <summary>Attempts go out in list order, each on the first line to come free after <paramref name="start"/>.</summary>
    public static void Schedule(IReadOnlyList<CallAttempt> queue, double start, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        PriorityQueue<int, double> freeAt = new();
        for (int line = 0; line < Math.Min(limit, queue.Count); line++)
        {
            freeAt.Enqueue(line, start);
        }

        foreach (CallAttempt attempt in queue)
        {
            freeAt.TryDequeue(out int line, out double free);
            attempt.DispatchAt = free;
            freeAt.Enqueue(line, attempt.EndAt);
        }
    }
}
