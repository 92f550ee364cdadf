using ElevenLabs;

namespace BatchCalling.Cli.Recipients;

/// <summary>Maps a validated recipient onto the generated request model.</summary>
internal static class RecipientMapper
{
    public static OutboundCallRecipient ToRequest(Recipient recipient)
    {
        RecipientOverrides o = recipient.Overrides;
        ConversationConfigClientOverrideInput? config = o.IsEmpty ? null : new ConversationConfigClientOverrideInput
        {
            Agent = o.Language is null && o.FirstMessage is null && o.SystemPrompt is null ? null : new AgentConfigOverrideInput
            {
                Language = o.Language,
                FirstMessage = o.FirstMessage,
                Prompt = o.SystemPrompt is null ? null : new PromptAgentAPIModelOverride { Prompt = o.SystemPrompt },
            },
            Tts = o.VoiceId is null ? null : new TTSConversationalConfigOverride { VoiceId = o.VoiceId },
        };

        return new OutboundCallRecipient
        {
            Id = recipient.Id,
            PhoneNumber = recipient.PhoneNumber,
            WhatsappUserId = recipient.WhatsappUserId,
            ConversationInitiationClientData = recipient.Variables.Count == 0 && config is null ? null : new ConversationInitiationClientDataRequestInput
            {
                DynamicVariables = recipient.Variables.Count == 0 ? null : recipient.Variables,
                ConversationConfigOverride = config,
            },
        };
    }
}
