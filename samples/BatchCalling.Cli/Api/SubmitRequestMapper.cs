using System.Linq;
using BatchCalling.Cli.Recipients;
using BatchCalling.Cli.Submitting;
using ElevenLabs;

namespace BatchCalling.Cli.Api;

/// <summary>Maps one planned batch onto the generated submit body (recipients via <see cref="RecipientMapper"/>).</summary>
internal static class SubmitRequestMapper
{
    public static BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost ToRequest(Campaign campaign, BatchPart part) => new()
    {
        CallName = part.Name,
        AgentId = campaign.AgentId!,
        AgentPhoneNumberId = campaign.PhoneNumberId,
        Recipients = [.. part.Recipients.Select(RecipientMapper.ToRequest)],
        ScheduledTimeUnix = campaign.Schedule.UnixTime,
        Timezone = campaign.Schedule.TimeZoneId,
        TargetConcurrencyLimit = campaign.Concurrency,
        WhatsappParams = campaign.Whatsapp is not { } wa ? null : new BatchCallWhatsAppParams
        {
            WhatsappCallPermissionRequestTemplateName = wa.TemplateName,
            WhatsappCallPermissionRequestTemplateLanguageCode = wa.TemplateLanguage,
            WhatsappPhoneNumberId = wa.PhoneNumberId,
        },
        // Sent only when asked for; a setting left out keeps the spec's default (60 s, no recording).
        TelephonyCallConfig = campaign.RingingTimeoutSeconds is null && campaign.RecordCalls is null ? null : new TelephonyCallConfig
        {
            RingingTimeoutSecs = campaign.RingingTimeoutSeconds ?? new TelephonyCallConfig().RingingTimeoutSecs,
            TwilioCallRecordingEnabled = campaign.RecordCalls ?? new TelephonyCallConfig().TwilioCallRecordingEnabled,
        },
        BranchId = campaign.BranchId,
        Environment = campaign.Environment,
    };
}
