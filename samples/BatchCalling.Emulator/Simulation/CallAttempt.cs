using ElevenLabs;

namespace BatchCalling.Emulator.Simulation;

/// <summary>
/// One dial of one recipient. Times are simulated seconds since the job was submitted; the status at any
/// moment is a pure function of them, so nothing has to tick in the background.
/// </summary>
internal sealed class CallAttempt
{
    // Phase offsets after dispatch: ringing starts, then the line connects.
    private const double InitiatedAfter = 2;
    private const double ConnectedAfter = 5;

    public CallAttempt(CallPlan plan, double queuedAt)
    {
        Plan = plan;
        QueuedAt = queuedAt;
    }

    public CallPlan Plan { get; }

    /// <summary>When the attempt joined the queue (0 at submit, the retry time for retries).</summary>
    public double QueuedAt { get; }

    public double DispatchAt { get; set; }

    public double EndAt => DispatchAt + Plan.DurationSeconds;

    /// <summary>Set when the job was cancelled before this attempt was dispatched.</summary>
    public double? CancelledAt { get; set; }

    public bool IsCancelled => CancelledAt is not null;

    public bool IsDispatched(double now) => !IsCancelled && DispatchAt <= now;

    public bool IsFinished(double now) => !IsCancelled && EndAt <= now;

    /// <summary>The status at <paramref name="now"/> and when it began.</summary>
    public (BatchCallRecipientStatus Status, double Since) StatusAt(double now)
    {
        if (CancelledAt is double cancelled)
        {
            return now >= cancelled ? (BatchCallRecipientStatus.Cancelled, cancelled) : (BatchCallRecipientStatus.Pending, QueuedAt);
        }

        double d = DispatchAt;
        if (now < d)
        {
            return (BatchCallRecipientStatus.Pending, QueuedAt);
        }

        if (now < d + InitiatedAfter)
        {
            return (BatchCallRecipientStatus.Dispatched, d);
        }

        if (now >= EndAt)
        {
            return (FinalStatus, EndAt);
        }

        // A failing call never connects; it rings until it fails.
        return now < d + ConnectedAfter || Plan.Outcome == CallOutcome.Failed
            ? (BatchCallRecipientStatus.Initiated, d + InitiatedAfter)
            : (BatchCallRecipientStatus.InProgress, d + ConnectedAfter);
    }

    /// <summary>The conversation id exists once the call has been placed.</summary>
    public string? ConversationIdAt(double now) =>
        !IsCancelled && now >= DispatchAt + InitiatedAfter ? Plan.ConversationId : null;

    private BatchCallRecipientStatus FinalStatus => Plan.Outcome switch
    {
        CallOutcome.Failed => BatchCallRecipientStatus.Failed,
        CallOutcome.NoAnswer => BatchCallRecipientStatus.Voicemail,
        _ => BatchCallRecipientStatus.Completed,
    };
}
