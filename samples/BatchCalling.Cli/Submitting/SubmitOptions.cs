using System;

namespace BatchCalling.Cli.Submitting;

/// <summary>The parsed arguments of a submit (from <c>submit</c>, <c>validate</c> or the no-argument demo).</summary>
internal sealed record SubmitOptions
{
    public required string RecipientsPath { get; init; }

    public string? AgentId { get; init; }

    public string? PhoneNumberId { get; init; }

    public string? Name { get; init; }

    public string? At { get; init; }

    public string? TimeZone { get; init; }

    public int? Concurrency { get; init; }

    public string DefaultRegion { get; init; } = "US";

    public string? Encoding { get; init; }

    /// <summary>Submit files over 10,000 recipients as several batches.</summary>
    public bool Split { get; init; }

    /// <summary>With --split: resume at this part (1-based), e.g. after a failure.</summary>
    public int StartPart { get; init; } = 1;

    public string? WhatsappTemplate { get; init; }

    public string? WhatsappTemplateLanguage { get; init; }

    public string? WhatsappPhoneNumberId { get; init; }

    public int? RingingTimeoutSeconds { get; init; }

    public bool? RecordCalls { get; init; }

    public string? BranchId { get; init; }

    public string? Environment { get; init; }

    /// <summary>Check and summarise only; send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Skip the confirmation question.</summary>
    public bool Yes { get; init; }

    public bool Watch { get; init; }

    public TimeSpan? PollInterval { get; init; }

    public bool Json { get; init; }

    /// <summary>True for <c>validate</c>: options only a submit needs (the agent) may be missing.</summary>
    public bool FileCheckOnly { get; init; }
}
