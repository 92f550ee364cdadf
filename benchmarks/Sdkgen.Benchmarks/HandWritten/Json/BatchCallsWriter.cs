using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Writes a page of jobs with pre-encoded names and one writer call per property.</summary>
internal static class BatchCallsWriter
{
    private static readonly JsonEncodedText BatchCalls = JsonEncodedText.Encode("batch_calls");
    private static readonly JsonEncodedText NextDoc = JsonEncodedText.Encode("next_doc");
    private static readonly JsonEncodedText HasMore = JsonEncodedText.Encode("has_more");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PhoneNumberId = JsonEncodedText.Encode("phone_number_id");
    private static readonly JsonEncodedText PhoneProvider = JsonEncodedText.Encode("phone_provider");
    private static readonly JsonEncodedText WhatsappParams = JsonEncodedText.Encode("whatsapp_params");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AgentId = JsonEncodedText.Encode("agent_id");
    private static readonly JsonEncodedText CreatedAtUnix = JsonEncodedText.Encode("created_at_unix");
    private static readonly JsonEncodedText ScheduledTimeUnix = JsonEncodedText.Encode("scheduled_time_unix");
    private static readonly JsonEncodedText TotalCallsDispatched = JsonEncodedText.Encode("total_calls_dispatched");
    private static readonly JsonEncodedText TotalCallsScheduled = JsonEncodedText.Encode("total_calls_scheduled");
    private static readonly JsonEncodedText LastUpdatedAtUnix = JsonEncodedText.Encode("last_updated_at_unix");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText RetryCount = JsonEncodedText.Encode("retry_count");
    private static readonly JsonEncodedText AgentName = JsonEncodedText.Encode("agent_name");
    private static readonly JsonEncodedText BranchId = JsonEncodedText.Encode("branch_id");
    private static readonly JsonEncodedText Environment = JsonEncodedText.Encode("environment");
    private static readonly JsonEncodedText Timezone = JsonEncodedText.Encode("timezone");
    private static readonly JsonEncodedText TotalCallsFinished = JsonEncodedText.Encode("total_calls_finished");
    private static readonly JsonEncodedText TelephonyCallConfig = JsonEncodedText.Encode("telephony_call_config");
    private static readonly JsonEncodedText TargetConcurrencyLimit = JsonEncodedText.Encode("target_concurrency_limit");
    private static readonly JsonEncodedText BranchName = JsonEncodedText.Encode("branch_name");

    public static void WritePage(Utf8JsonWriter writer, BatchCallsPage page)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(BatchCalls);
        IReadOnlyList<BatchCall> calls = page.BatchCalls;
        for (int i = 0; i < calls.Count; i++)
        {
            WriteCall(writer, calls[i]);
        }

        writer.WriteEndArray();
        if (page.NextDoc is { } nextDoc)
        {
            writer.WriteString(NextDoc, nextDoc);
        }

        if (page.HasMore is { } hasMore)
        {
            writer.WriteBoolean(HasMore, hasMore);
        }

        writer.WriteEndObject();
    }

    public static void WriteCall(Utf8JsonWriter writer, BatchCall call)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, call.Id);
        CommonJson.WriteIfSet(writer, PhoneNumberId, call.PhoneNumberId);
        if (call.PhoneProvider is { } provider)
        {
            CommonJson.WriteProvider(writer, PhoneProvider, provider);
        }

        if (call.WhatsappParams is { } whatsApp)
        {
            writer.WritePropertyName(WhatsappParams);
            CommonJson.WriteWhatsApp(writer, whatsApp);
        }

        writer.WriteString(Name, call.Name);
        writer.WriteString(AgentId, call.AgentId);
        writer.WriteNumber(CreatedAtUnix, call.CreatedAtUnix);
        writer.WriteNumber(ScheduledTimeUnix, call.ScheduledTimeUnix);
        writer.WriteNumber(TotalCallsDispatched, call.TotalCallsDispatched);
        writer.WriteNumber(TotalCallsScheduled, call.TotalCallsScheduled);
        writer.WriteNumber(LastUpdatedAtUnix, call.LastUpdatedAtUnix);
        CommonJson.WriteStatus(writer, Status, call.Status);
        CommonJson.WriteIfSet(writer, RetryCount, call.RetryCount);
        writer.WriteString(AgentName, call.AgentName);
        CommonJson.WriteIfSet(writer, BranchId, call.BranchId);
        CommonJson.WriteIfSet(writer, Environment, call.Environment);
        CommonJson.WriteIfSet(writer, Timezone, call.Timezone);
        CommonJson.WriteIfSet(writer, TotalCallsFinished, call.TotalCallsFinished);
        if (call.TelephonyCallConfig is { } callConfig)
        {
            writer.WritePropertyName(TelephonyCallConfig);
            CommonJson.WriteCallConfig(writer, callConfig);
        }

        CommonJson.WriteIfSet(writer, TargetConcurrencyLimit, call.TargetConcurrencyLimit);
        CommonJson.WriteIfSet(writer, BranchName, call.BranchName);
        writer.WriteEndObject();
    }
}
