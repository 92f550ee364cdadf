using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BatchCalling.Emulator.Simulation;
using ElevenLabs;
using ElevenLabs.Serialization;

namespace BatchCalling.Emulator.Http;

/// <summary>Turns a job and its snapshot into the generated response records.</summary>
internal static class ModelMapper
{
    // What the API reports when the request gave no telephony config (the spec's documented default).
    private static readonly TelephonyCallConfig DefaultTelephony = new() { RingingTimeoutSecs = 60, TwilioCallRecordingEnabled = false };

    public static BatchCallResponse ToResponse(BatchJob job, JobSnapshot snapshot)
    {
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = job.Request;
        return new BatchCallResponse
        {
            Id = job.Id,
            PhoneNumberId = request.AgentPhoneNumberId,
            PhoneProvider = Provider(request),
            WhatsappParams = request.WhatsappParams,
            Name = request.CallName,
            AgentId = request.AgentId,
            CreatedAtUnix = job.CreatedUnix,
            ScheduledTimeUnix = job.ToUnix(job.StartAt),
            TotalCallsDispatched = snapshot.TotalDispatched,
            TotalCallsScheduled = snapshot.TotalScheduled,
            TotalCallsFinished = snapshot.TotalFinished,
            LastUpdatedAtUnix = job.ToUnix(snapshot.LastUpdatedAt),
            Status = snapshot.Status,
            RetryCount = snapshot.RetryCount,
            AgentName = AgentName(request),
            BranchId = request.BranchId,
            Environment = request.Environment,
            Timezone = request.Timezone,
            TelephonyCallConfig = request.TelephonyCallConfig ?? DefaultTelephony,
            TargetConcurrencyLimit = request.TargetConcurrencyLimit,
        };
    }

    public static BatchCallDetailedResponse ToDetailed(BatchJob job, JobSnapshot snapshot)
    {
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = job.Request;
        OutboundCallRecipientResponseModel[] recipients = new OutboundCallRecipientResponseModel[snapshot.Recipients.Count];
        for (int i = 0; i < recipients.Length; i++)
        {
            RecipientSnapshot r = snapshot.Recipients[i];
            recipients[i] = new OutboundCallRecipientResponseModel
            {
                Id = r.Recipient.Id,
                PhoneNumber = r.Recipient.Source.PhoneNumber,
                WhatsappUserId = r.Recipient.Source.WhatsappUserId,
                Status = r.Status,
                CreatedAtUnix = job.CreatedUnix,
                UpdatedAtUnix = job.ToUnix(r.UpdatedAt),
                ConversationId = r.ConversationId,
                ConversationInitiationClientData = ClientData(r.Recipient.Source.ConversationInitiationClientData),
            };
        }

        return new BatchCallDetailedResponse
        {
            Id = job.Id,
            PhoneNumberId = request.AgentPhoneNumberId,
            PhoneProvider = Provider(request),
            WhatsappParams = request.WhatsappParams,
            Name = request.CallName,
            AgentId = request.AgentId,
            BranchId = request.BranchId,
            Environment = request.Environment,
            CreatedAtUnix = job.CreatedUnix,
            ScheduledTimeUnix = job.ToUnix(job.StartAt),
            Timezone = request.Timezone,
            TotalCallsDispatched = snapshot.TotalDispatched,
            TotalCallsScheduled = snapshot.TotalScheduled,
            TotalCallsFinished = snapshot.TotalFinished,
            LastUpdatedAtUnix = job.ToUnix(snapshot.LastUpdatedAt),
            Status = snapshot.Status,
            RetryCount = snapshot.RetryCount,
            TelephonyCallConfig = request.TelephonyCallConfig ?? DefaultTelephony,
            TargetConcurrencyLimit = request.TargetConcurrencyLimit,
            AgentName = AgentName(request),
            BranchName = null,
            Recipients = recipients,
        };
    }

    // The emulator has no phone-number registry: a given number id is treated as a Twilio number.
    private static TelephonyProvider? Provider(BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request) =>
        request.AgentPhoneNumberId is null ? null : (TelephonyProvider?)TelephonyProvider.Twilio;

    private static string AgentName(BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request) => "Agent " + request.AgentId;

    /// <summary>Echoes the user id and dynamic variables back (the response types them as free-form JSON).</summary>
    private static ConversationInitiationClientDataInternal? ClientData(ConversationInitiationClientDataRequestInput? input)
    {
        if (input is null)
        {
            return null;
        }

        return new ConversationInitiationClientDataInternal
        {
            UserId = input.UserId,
            DynamicVariables = input.DynamicVariables is { } variables ? ToJson(variables) : null,
        };
    }

    private static JsonElement ToJson(Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> variables)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            foreach ((string name, ConversationInitiationClientDataRequestInputDynamicVariables? value) in variables)
            {
                writer.WritePropertyName(name);
                if (value is { } v)
                {
                    ConversationInitiationClientDataRequestInputDynamicVariablesJsonConverter.WriteValue(writer, v);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
