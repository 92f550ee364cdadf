using System;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>
/// Reads a page of jobs the way a performance-minded engineer would: the property that usually comes next is checked
/// first, anything else goes through a jump on (length, first byte) and one comparison.
/// </summary>
internal static class BatchCallsReader
{
    private const int RequiredNumbers = (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11);

    public static BatchCallsPage ReadPage(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "WorkspaceBatchCallsResponse");
        BatchCall[]? calls = null;
        string? nextDoc = null;
        bool? hasMore = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ReadOnlySpan<byte> name = JsonText.Current(in reader);
            reader.Read();
            if (name.SequenceEqual("batch_calls"u8))
            {
                calls = ArrayCollector<BatchCall>.ReadArray(ref reader, ReadCall, "batch_calls");
            }
            else if (name.SequenceEqual("next_doc"u8))
            {
                nextDoc = reader.GetString();
            }
            else if (name.SequenceEqual("has_more"u8))
            {
                hasMore = JsonText.OptionalBoolean(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new BatchCallsPage { BatchCalls = calls ?? throw JsonText.Missing("batch_calls"), NextDoc = nextDoc, HasMore = hasMore };
    }

    public static BatchCall ReadCall(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "BatchCallResponse");
        string? id = null, phoneNumberId = null, name = null, agentId = null, agentName = null;
        string? branchId = null, environment = null, timezone = null, branchName = null;
        PhoneProvider? provider = null;
        WhatsAppParams? whatsApp = null;
        CallConfig? callConfig = null;
        long createdAt = 0, scheduledTime = 0, dispatched = 0, scheduled = 0, lastUpdated = 0;
        long? retryCount = null, finished = null, concurrencyLimit = null;
        BatchStatus status = BatchStatus.Unknown;
        int seen = 0;
        int next = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ReadOnlySpan<byte> property = JsonText.Current(in reader);
            int index = property.SequenceEqual(Name(next)) ? next : Find(property);
            reader.Read();
            switch (index)
            {
                case 0: id = JsonText.RequiredString(ref reader, "id"); break;
                case 1: phoneNumberId = reader.GetString(); break;
                case 2: provider = reader.TokenType == JsonTokenType.Null ? null : CommonJson.ReadProvider(ref reader); break;
                case 3: whatsApp = reader.TokenType == JsonTokenType.Null ? null : CommonJson.ReadWhatsApp(ref reader); break;
                case 4: name = JsonText.RequiredString(ref reader, "name"); break;
                case 5: agentId = JsonText.RequiredString(ref reader, "agent_id"); break;
                case 6: createdAt = reader.GetInt64(); break;
                case 7: scheduledTime = reader.GetInt64(); break;
                case 8: dispatched = reader.GetInt64(); break;
                case 9: scheduled = reader.GetInt64(); break;
                case 10: lastUpdated = reader.GetInt64(); break;
                case 11: status = CommonJson.ReadStatus(ref reader); break;
                case 12: retryCount = JsonText.OptionalInt64(ref reader); break;
                case 13: agentName = JsonText.RequiredString(ref reader, "agent_name"); break;
                case 14: branchId = reader.GetString(); break;
                case 15: environment = reader.GetString(); break;
                case 16: timezone = reader.GetString(); break;
                case 17: finished = JsonText.OptionalInt64(ref reader); break;
                case 18: callConfig = reader.TokenType == JsonTokenType.Null ? null : CommonJson.ReadCallConfig(ref reader); break;
                case 19: concurrencyLimit = JsonText.OptionalInt64(ref reader); break;
                case 20: branchName = reader.GetString(); break;
                default: reader.Skip(); break;
            }

            seen |= index >= 0 ? 1 << index : 0;
            next = index + 1;
        }

        if ((seen & RequiredNumbers) != RequiredNumbers)
        {
            throw JsonText.Missing("of BatchCallResponse (a number or the status)");
        }

        return new BatchCall
        {
            Id = id ?? throw JsonText.Missing("id"),
            PhoneNumberId = phoneNumberId,
            PhoneProvider = provider,
            WhatsappParams = whatsApp,
            Name = name ?? throw JsonText.Missing("name"),
            AgentId = agentId ?? throw JsonText.Missing("agent_id"),
            CreatedAtUnix = createdAt,
            ScheduledTimeUnix = scheduledTime,
            TotalCallsDispatched = dispatched,
            TotalCallsScheduled = scheduled,
            LastUpdatedAtUnix = lastUpdated,
            Status = status,
            RetryCount = retryCount,
            AgentName = agentName ?? throw JsonText.Missing("agent_name"),
            BranchId = branchId,
            Environment = environment,
            Timezone = timezone,
            TotalCallsFinished = finished,
            TelephonyCallConfig = callConfig,
            TargetConcurrencyLimit = concurrencyLimit,
            BranchName = branchName,
        };
    }

    /// <summary>The job's property names in the spec's (and the usual wire) order.</summary>
    internal static ReadOnlySpan<byte> Name(int index) => index switch
    {
        0 => "id"u8,
        1 => "phone_number_id"u8,
        2 => "phone_provider"u8,
        3 => "whatsapp_params"u8,
        4 => "name"u8,
        5 => "agent_id"u8,
        6 => "created_at_unix"u8,
        7 => "scheduled_time_unix"u8,
        8 => "total_calls_dispatched"u8,
        9 => "total_calls_scheduled"u8,
        10 => "last_updated_at_unix"u8,
        11 => "status"u8,
        12 => "retry_count"u8,
        13 => "agent_name"u8,
        14 => "branch_id"u8,
        15 => "environment"u8,
        16 => "timezone"u8,
        17 => "total_calls_finished"u8,
        18 => "telephony_call_config"u8,
        19 => "target_concurrency_limit"u8,
        20 => "branch_name"u8,
        _ => default,
    };

    /// <summary>The index of a property that arrived out of the usual order, or -1.</summary>
    internal static int Find(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return -1;
        }

        int candidate = (name.Length, name[0]) switch
        {
            (2, (byte)'i') => 0,
            (15, (byte)'p') => 1,
            (14, (byte)'p') => 2,
            (15, (byte)'w') => 3,
            (4, (byte)'n') => 4,
            (8, (byte)'a') => 5,
            (15, (byte)'c') => 6,
            (19, (byte)'s') => 7,
            (22, (byte)'t') => 8,
            (21, (byte)'t') => name[1] == (byte)'o' ? 9 : 18,
            (20, (byte)'l') => 10,
            (6, (byte)'s') => 11,
            (11, (byte)'r') => 12,
            (10, (byte)'a') => 13,
            (9, (byte)'b') => 14,
            (11, (byte)'e') => 15,
            (8, (byte)'t') => 16,
            (20, (byte)'t') => 17,
            (24, (byte)'t') => 19,
            (11, (byte)'b') => 20,
            _ => -1,
        };
        return candidate >= 0 && name.SequenceEqual(Name(candidate)) ? candidate : -1;
    }
}
