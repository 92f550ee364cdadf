using System.Collections.Generic;
using ElevenLabs;

namespace BatchCalling.Emulator.Simulation;

/// <summary>A recipient as submitted, with every attempt made to call it (the last one is current).</summary>
internal sealed class RecipientState(int index, string id, OutboundCallRecipient source, CallAttempt first)
{
    private readonly List<CallAttempt> _attempts = [first];

    public int Index { get; } = index;

    public string Id { get; } = id;

    public OutboundCallRecipient Source { get; } = source;

    public IReadOnlyList<CallAttempt> Attempts => _attempts;

    public CallAttempt Current => _attempts[^1];

    public void Add(CallAttempt attempt) => _attempts.Add(attempt);
}
