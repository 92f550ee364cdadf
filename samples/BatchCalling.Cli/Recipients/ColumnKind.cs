namespace BatchCalling.Cli.Recipients;

/// <summary>What a header means: the phone number, one of the four agent overrides, or a dynamic variable.</summary>
internal enum ColumnKind
{
    Ignored,
    PhoneNumber,
    Language,
    FirstMessage,
    SystemPrompt,
    VoiceId,
    Variable,
}
