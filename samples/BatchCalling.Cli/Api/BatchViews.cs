using System;
using System.Linq;
using System.Text.Json;
using ElevenLabs;

namespace BatchCalling.Cli.Api;

/// <summary>The one place that reads generated response models: turns them into <see cref="BatchView"/>s.</summary>
internal static class BatchViews
{
    public static BatchView From(BatchCallResponse job) => new()
    {
        Id = job.Id,
        Name = job.Name,
        Status = job.Status.Value,
        AgentId = job.AgentId,
        PhoneNumberId = job.PhoneNumberId,
        CreatedAt = Time(job.CreatedAtUnix),
        ScheduledAt = Time(job.ScheduledTimeUnix),
        Timezone = job.Timezone,
        Total = job.TotalCallsScheduled,
        Dispatched = job.TotalCallsDispatched,
        Finished = job.TotalCallsFinished,
        RetryCount = job.RetryCount,
        ConcurrencyLimit = job.TargetConcurrencyLimit,
    };

    public static BatchView From(BatchCallDetailedResponse job) => new()
    {
        Id = job.Id,
        Name = job.Name,
        Status = job.Status.Value,
        AgentId = job.AgentId,
        PhoneNumberId = job.PhoneNumberId,
        CreatedAt = Time(job.CreatedAtUnix),
        ScheduledAt = Time(job.ScheduledTimeUnix),
        Timezone = job.Timezone,
        Total = job.TotalCallsScheduled,
        Dispatched = job.TotalCallsDispatched,
        Finished = job.TotalCallsFinished,
        RetryCount = job.RetryCount,
        ConcurrencyLimit = job.TargetConcurrencyLimit,
        Recipients = [.. job.Recipients.Select(From)],
    };

    private static RecipientView From(OutboundCallRecipientResponseModel r) =>
        new(r.Id, r.PhoneNumber, r.WhatsappUserId, r.Status.Value, r.ConversationId, Time(r.UpdatedAtUnix), Name(r));

    // The "name" dynamic variable, if the recipient file had one, labels the recipient in tables.
    private static string? Name(OutboundCallRecipientResponseModel r) =>
        r.ConversationInitiationClientData?.DynamicVariables is { ValueKind: JsonValueKind.Object } vars
        && vars.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    private static DateTimeOffset Time(long unix) => DateTimeOffset.FromUnixTimeSeconds(unix);
}
