namespace BatchCalling.Cli.Commands;

/// <summary>The parsed arguments of a submit (from <c>submit</c> or the no-argument demo).</summary>
internal sealed record SubmitRequest(
    string RecipientsPath,
    string? AgentId,
    string? PhoneNumberId,
    string? Name,
    string? At,
    string? TimeZone,
    int? Concurrency,
    bool Watch,
    string DefaultRegion);
