namespace BatchCalling.Cli.Recipients;

/// <summary>What a header means: how to reach the recipient, its id, one of the four agent overrides, or a dynamic variable.</summary>
internal enum ColumnKind
{
    Ignored,
    PhoneNumber,
    WhatsappUserId,
    RecipientId,
    Language,
    FirstMessage,
    SystemPrompt,
    VoiceId,
    Variable,
}
