using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten;

// Hand-written equivalents of the generated records, property for property and in the spec's order, so STJ source
// generation and the hand-written reader/writer see the same shapes as Sdkgen. Left out: the submit body's nested
// conversation_config_override and source_info trees, which the datasets never contain (every reader skips them).

/// <summary>The batch-calling submit body (<c>Body_Submit_a_batch_call_request…</c>).</summary>
public sealed record SubmitBatchCallRequest
{
    public required string CallName { get; init; }

    public required string AgentId { get; init; }

    public required IReadOnlyList<Recipient> Recipients { get; init; }

    public long? ScheduledTimeUnix { get; init; }

    public string? AgentPhoneNumberId { get; init; }

    public WhatsAppParams? WhatsappParams { get; init; }

    public string? Timezone { get; init; }

    public string? BranchId { get; init; }

    public string? Environment { get; init; }

    public CallConfig? TelephonyCallConfig { get; init; }

    public long? TargetConcurrencyLimit { get; init; }
}

/// <summary><c>OutboundCallRecipient</c>.</summary>
public sealed record Recipient
{
    public string? Id { get; init; }

    public string? PhoneNumber { get; init; }

    public string? WhatsappUserId { get; init; }

    public ClientData? ConversationInitiationClientData { get; init; }
}

/// <summary><c>ConversationInitiationClientDataRequest-Input</c> (see the note at the top of this file).</summary>
public sealed record ClientData
{
    public JsonElement? CustomLlmExtraBody { get; init; }

    public string? UserId { get; init; }

    public Dictionary<string, DynamicValue?>? DynamicVariables { get; init; }
}

/// <summary><c>BatchCallWhatsAppParams</c>.</summary>
public sealed record WhatsAppParams
{
    public string? WhatsappPhoneNumberId { get; init; }

    public required string WhatsappCallPermissionRequestTemplateName { get; init; }

    public required string WhatsappCallPermissionRequestTemplateLanguageCode { get; init; }
}

/// <summary><c>TelephonyCallConfig</c>.</summary>
public sealed record CallConfig
{
    public long? RingingTimeoutSecs { get; init; }

    public bool? TwilioCallRecordingEnabled { get; init; }
}

/// <summary><c>WorkspaceBatchCallsResponse</c>: one page of jobs.</summary>
public sealed record BatchCallsPage
{
    public required IReadOnlyList<BatchCall> BatchCalls { get; init; }

    public string? NextDoc { get; init; }

    public bool? HasMore { get; init; }
}

/// <summary><c>BatchCallResponse</c>: one job.</summary>
public sealed record BatchCall
{
    public required string Id { get; init; }

    public string? PhoneNumberId { get; init; }

    public PhoneProvider? PhoneProvider { get; init; }

    public WhatsAppParams? WhatsappParams { get; init; }

    public required string Name { get; init; }

    public required string AgentId { get; init; }

    public required long CreatedAtUnix { get; init; }

    public required long ScheduledTimeUnix { get; init; }

    public required long TotalCallsDispatched { get; init; }

    public required long TotalCallsScheduled { get; init; }

    public required long LastUpdatedAtUnix { get; init; }

    public required BatchStatus Status { get; init; }

    public long? RetryCount { get; init; }

    public required string AgentName { get; init; }

    public string? BranchId { get; init; }

    public string? Environment { get; init; }

    public string? Timezone { get; init; }

    public long? TotalCallsFinished { get; init; }

    public CallConfig? TelephonyCallConfig { get; init; }

    public long? TargetConcurrencyLimit { get; init; }

    public string? BranchName { get; init; }
}
