using System.Collections.Generic;
using ElevenLabs;

namespace BatchCalling.Emulator.Simulation;

/// <summary>A batch job as it stands at one moment; times are simulated seconds since submit.</summary>
internal sealed record JobSnapshot(
    BatchCallStatus Status,
    long TotalScheduled,
    long TotalDispatched,
    long TotalFinished,
    double LastUpdatedAt,
    long RetryCount,
    IReadOnlyList<RecipientSnapshot> Recipients);

/// <summary>One recipient's current attempt at that moment.</summary>
internal readonly record struct RecipientSnapshot(
    RecipientState Recipient,
    BatchCallRecipientStatus Status,
    double UpdatedAt,
    string? ConversationId);
