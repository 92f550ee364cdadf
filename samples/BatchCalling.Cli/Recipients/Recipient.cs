using System.Collections.Generic;
using ElevenLabs;

namespace BatchCalling.Cli.Recipients;

/// <summary>The per-call agent overrides the guide's special columns carry.</summary>
internal sealed record RecipientOverrides(string? Language, string? FirstMessage, string? SystemPrompt, string? VoiceId)
{
    public bool IsEmpty => Language is null && FirstMessage is null && SystemPrompt is null && VoiceId is null;
}

/// <summary>
/// A validated recipient: E.164 number (with its region) and/or WhatsApp user id, the id to send, typed variables,
/// overrides, and the row it came from.
/// </summary>
internal sealed record Recipient(
    int Row,
    string? PhoneNumber,
    Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> Variables,
    RecipientOverrides Overrides)
{
    public string? Region { get; init; }

    public string? WhatsappUserId { get; init; }

    public string? Id { get; init; }
}
