using System;
using System.Collections.Generic;

namespace BatchCalling.Cli.Api;

/// <summary>
/// A batch call as the CLI shows it, with statuses as wire strings ("in_progress"). Only <see cref="BatchViews"/>
/// reads the generated response types, so a change in how they are generated touches one file.
/// </summary>
internal sealed record BatchView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Status { get; init; }

    public required string AgentId { get; init; }

    public string? PhoneNumberId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ScheduledAt { get; init; }

    public string? Timezone { get; init; }

    public long Total { get; init; }

    public long Dispatched { get; init; }

    public long Finished { get; init; }

    public long RetryCount { get; init; }

    public long? ConcurrencyLimit { get; init; }

    /// <summary>Only from a single-batch GET; a list item has none.</summary>
    public IReadOnlyList<RecipientView>? Recipients { get; init; }

    public bool IsTerminal => Status is "completed" or "failed" or "cancelled";
}

/// <summary>One recipient of a batch, as the CLI shows and writes it.</summary>
internal sealed record RecipientView(string Id, string? PhoneNumber, string? WhatsappUserId, string Status, string? ConversationId, DateTimeOffset UpdatedAt, string? Name);
