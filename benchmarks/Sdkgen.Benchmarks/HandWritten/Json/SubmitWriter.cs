using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Writes the submit body with pre-encoded names and one writer call per property.</summary>
internal static class SubmitWriter
{
    private static readonly JsonEncodedText CallName = JsonEncodedText.Encode("call_name");
    private static readonly JsonEncodedText AgentId = JsonEncodedText.Encode("agent_id");
    private static readonly JsonEncodedText Recipients = JsonEncodedText.Encode("recipients");
    private static readonly JsonEncodedText ScheduledTimeUnix = JsonEncodedText.Encode("scheduled_time_unix");
    private static readonly JsonEncodedText AgentPhoneNumberId = JsonEncodedText.Encode("agent_phone_number_id");
    private static readonly JsonEncodedText WhatsappParams = JsonEncodedText.Encode("whatsapp_params");
    private static readonly JsonEncodedText Timezone = JsonEncodedText.Encode("timezone");
    private static readonly JsonEncodedText BranchId = JsonEncodedText.Encode("branch_id");
    private static readonly JsonEncodedText Environment = JsonEncodedText.Encode("environment");
    private static readonly JsonEncodedText TelephonyCallConfig = JsonEncodedText.Encode("telephony_call_config");
    private static readonly JsonEncodedText TargetConcurrencyLimit = JsonEncodedText.Encode("target_concurrency_limit");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PhoneNumber = JsonEncodedText.Encode("phone_number");
    private static readonly JsonEncodedText WhatsappUserId = JsonEncodedText.Encode("whatsapp_user_id");
    private static readonly JsonEncodedText ClientData = JsonEncodedText.Encode("conversation_initiation_client_data");
    private static readonly JsonEncodedText CustomLlmExtraBody = JsonEncodedText.Encode("custom_llm_extra_body");
    private static readonly JsonEncodedText UserId = JsonEncodedText.Encode("user_id");
    private static readonly JsonEncodedText DynamicVariables = JsonEncodedText.Encode("dynamic_variables");

    public static void WriteRequest(Utf8JsonWriter writer, SubmitBatchCallRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString(CallName, request.CallName);
        writer.WriteString(AgentId, request.AgentId);
        writer.WriteStartArray(Recipients);
        IReadOnlyList<Recipient> recipients = request.Recipients;
        for (int i = 0; i < recipients.Count; i++)
        {
            WriteRecipient(writer, recipients[i]);
        }

        writer.WriteEndArray();
        CommonJson.WriteIfSet(writer, ScheduledTimeUnix, request.ScheduledTimeUnix);
        CommonJson.WriteIfSet(writer, AgentPhoneNumberId, request.AgentPhoneNumberId);
        if (request.WhatsappParams is { } whatsApp)
        {
            writer.WritePropertyName(WhatsappParams);
            CommonJson.WriteWhatsApp(writer, whatsApp);
        }

        CommonJson.WriteIfSet(writer, Timezone, request.Timezone);
        CommonJson.WriteIfSet(writer, BranchId, request.BranchId);
        CommonJson.WriteIfSet(writer, Environment, request.Environment);
        if (request.TelephonyCallConfig is { } callConfig)
        {
            writer.WritePropertyName(TelephonyCallConfig);
            CommonJson.WriteCallConfig(writer, callConfig);
        }

        CommonJson.WriteIfSet(writer, TargetConcurrencyLimit, request.TargetConcurrencyLimit);
        writer.WriteEndObject();
    }

    private static void WriteRecipient(Utf8JsonWriter writer, Recipient recipient)
    {
        writer.WriteStartObject();
        CommonJson.WriteIfSet(writer, Id, recipient.Id);
        CommonJson.WriteIfSet(writer, PhoneNumber, recipient.PhoneNumber);
        CommonJson.WriteIfSet(writer, WhatsappUserId, recipient.WhatsappUserId);
        if (recipient.ConversationInitiationClientData is { } clientData)
        {
            writer.WritePropertyName(ClientData);
            WriteClientData(writer, clientData);
        }

        writer.WriteEndObject();
    }

    private static void WriteClientData(Utf8JsonWriter writer, ClientData clientData)
    {
        writer.WriteStartObject();
        if (clientData.CustomLlmExtraBody is { } extraBody)
        {
            writer.WritePropertyName(CustomLlmExtraBody);
            extraBody.WriteTo(writer);
        }

        CommonJson.WriteIfSet(writer, UserId, clientData.UserId);
        if (clientData.DynamicVariables is { } variables)
        {
            writer.WriteStartObject(DynamicVariables);
            foreach (KeyValuePair<string, DynamicValue?> pair in variables)
            {
                writer.WritePropertyName(pair.Key);
                if (pair.Value is { } value)
                {
                    value.Write(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
