using System.Collections.Generic;
using BatchCalling.Cli.Recipients;
using BatchCalling.Cli.Scheduling;

namespace BatchCalling.Cli.Submitting;

/// <summary>What every batch of one submit shares: who calls, from where, when, how fast and with which options.</summary>
internal sealed record Campaign
{
    public string? AgentId { get; init; }

    public string? PhoneNumberId { get; init; }

    public required Schedule Schedule { get; init; }

    public int? Concurrency { get; init; }

    public WhatsappSettings? Whatsapp { get; init; }

    public int? RingingTimeoutSeconds { get; init; }

    public bool? RecordCalls { get; init; }

    public string? BranchId { get; init; }

    public string? Environment { get; init; }
}

/// <summary>The WhatsApp call-permission template a WhatsApp batch needs.</summary>
internal sealed record WhatsappSettings(string TemplateName, string TemplateLanguage, string? PhoneNumberId);

/// <summary>One batch to create: its name, its recipients, and its place among the parts of a split file.</summary>
internal sealed record BatchPart(string Name, int Number, int Of, IReadOnlyList<Recipient> Recipients);
