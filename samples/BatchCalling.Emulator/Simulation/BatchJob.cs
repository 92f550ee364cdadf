using System;
using System.Collections.Generic;
using System.Threading;
using ElevenLabs;

namespace BatchCalling.Emulator.Simulation;

/// <summary>
/// One submitted batch. State is computed lazily: every attempt's dispatch and end times are fixed when it is
/// queued (at submit or retry), and a read just evaluates them at "now" on the job's scaled clock
/// (simulated seconds = real seconds since submit × TimeScale). No background loop, so results do not depend
/// on scheduling jitter, and a 1,000-call campaign costs nothing until someone looks.
/// Only cancel and retry mutate, under <see cref="_gate"/>.
/// </summary>
internal sealed class BatchJob
{
    private readonly Lock _gate = new();
    private readonly SimulationSettings _settings;
    private readonly RecipientState[] _recipients;
    private double? _cancelledAt;
    private double _lastJobEvent;
    private int _retryCount;

    public BatchJob(string id, long sequence, BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request,
        DateTimeOffset createdAt, int concurrencyLimit, SimulationSettings settings)
    {
        Id = id;
        Sequence = sequence;
        Request = request;
        CreatedAt = createdAt;
        CreatedUnix = createdAt.ToUnixTimeSeconds();
        ConcurrencyLimit = concurrencyLimit;
        _settings = settings;

        // A time in the past (or none) means "now"; the wait until a future one runs on the scaled clock.
        StartAt = Math.Max(0, (request.ScheduledTimeUnix ?? CreatedUnix) - CreatedUnix);
        _recipients = new RecipientState[request.Recipients.Count];
        CallAttempt[] queue = new CallAttempt[_recipients.Length];
        for (int i = 0; i < _recipients.Length; i++)
        {
            OutboundCallRecipient source = request.Recipients[i];
            queue[i] = new CallAttempt(settings.Plan(i, 0), 0);
            _recipients[i] = new RecipientState(i, source.Id ?? $"{id}_r{i}", source, queue[i]);
        }

        DispatchPlanner.Schedule(queue, StartAt, concurrencyLimit);
    }

    public string Id { get; }

    /// <summary>Submit order, for newest-first listing and cursors.</summary>
    public long Sequence { get; }

    public BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost Request { get; }

    public DateTimeOffset CreatedAt { get; }

    public long CreatedUnix { get; }

    /// <summary>Simulated seconds after submit at which dispatching begins.</summary>
    public long StartAt { get; }

    public int ConcurrencyLimit { get; }

    /// <summary>Converts a simulated offset to the unix seconds reported on the wire.</summary>
    public long ToUnix(double simulatedSeconds) => CreatedUnix + (long)Math.Floor(simulatedSeconds);

    public JobSnapshot Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            return SnapshotAt(SimulatedNow(now));
        }
    }

    /// <summary>Stops dispatching: queued attempts become cancelled, calls already placed run to their end.</summary>
    /// <returns>The snapshot after cancelling, or null (with the status) when the job had already ended.</returns>
    public (JobSnapshot? After, BatchCallStatus Status) Cancel(DateTimeOffset now)
    {
        lock (_gate)
        {
            double s = SimulatedNow(now);
            BatchCallStatus status = StatusAt(s);
            if (status.Value is not (BatchCallStatus.Values.Pending or BatchCallStatus.Values.InProgress))
            {
                return (null, status);
            }

            _cancelledAt = s;
            _lastJobEvent = s;
            foreach (RecipientState recipient in _recipients)
            {
                if (!recipient.Current.IsDispatched(s))
                {
                    recipient.Current.CancelledAt = s;
                }
            }

            return (SnapshotAt(s), BatchCallStatus.Cancelled);
        }
    }

    /// <summary>Queues a new attempt for every failed or unanswered recipient of a finished job.</summary>
    /// <returns>The snapshot after queuing and how many were queued, or null (with the status) when not allowed.</returns>
    public (JobSnapshot? After, BatchCallStatus Status, int Queued) Retry(DateTimeOffset now)
    {
        lock (_gate)
        {
            double s = SimulatedNow(now);
            BatchCallStatus status = StatusAt(s);
            if (status.Value is not (BatchCallStatus.Values.Completed or BatchCallStatus.Values.Failed))
            {
                return (null, status, 0);
            }

            List<RecipientState> again = [];
            foreach (RecipientState recipient in _recipients)
            {
                if (recipient.Current.Plan.Outcome != CallOutcome.Completed)
                {
                    again.Add(recipient);
                }
            }

            if (again.Count == 0)
            {
                return (null, status, 0);
            }

            _retryCount++;
            _lastJobEvent = s;
            CallAttempt[] queue = new CallAttempt[again.Count];
            for (int i = 0; i < queue.Length; i++)
            {
                queue[i] = new CallAttempt(_settings.Plan(again[i].Index, _retryCount), s);
                again[i].Add(queue[i]);
            }

            DispatchPlanner.Schedule(queue, s, ConcurrencyLimit);
            return (SnapshotAt(s), StatusAt(s), queue.Length);
        }
    }

    private double SimulatedNow(DateTimeOffset now) =>
        Math.Max(0, (now - CreatedAt).TotalSeconds * _settings.TimeScale);

    private BatchCallStatus StatusAt(double s)
    {
        if (_cancelledAt is not null)
        {
            return BatchCallStatus.Cancelled;
        }

        if (s < StartAt)
        {
            return BatchCallStatus.Pending;
        }

        bool allFailed = true;
        foreach (RecipientState recipient in _recipients)
        {
            CallAttempt current = recipient.Current;
            if (!current.IsFinished(s))
            {
                return BatchCallStatus.InProgress;
            }

            allFailed &= current.Plan.Outcome == CallOutcome.Failed;
        }

        return allFailed ? BatchCallStatus.Failed : BatchCallStatus.Completed;
    }

    private JobSnapshot SnapshotAt(double s)
    {
        long scheduled = 0, dispatched = 0, finished = 0;
        double lastUpdated = Math.Max(_lastJobEvent, s >= StartAt ? StartAt : 0);
        RecipientSnapshot[] recipients = new RecipientSnapshot[_recipients.Length];
        for (int i = 0; i < _recipients.Length; i++)
        {
            RecipientState recipient = _recipients[i];
            foreach (CallAttempt attempt in recipient.Attempts)
            {
                scheduled++;
                dispatched += attempt.IsDispatched(s) ? 1 : 0;
                finished += attempt.IsFinished(s) ? 1 : 0;
            }

            CallAttempt current = recipient.Current;
            (BatchCallRecipientStatus status, double since) = current.StatusAt(s);
            lastUpdated = Math.Max(lastUpdated, since);
            recipients[i] = new RecipientSnapshot(recipient, status, since, current.ConversationIdAt(s));
        }

        return new JobSnapshot(StatusAt(s), scheduled, dispatched, finished, lastUpdated, _retryCount, recipients);
    }
}
