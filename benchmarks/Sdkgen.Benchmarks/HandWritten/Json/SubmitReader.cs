using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Reads the submit body; same technique as <see cref="BatchCallsReader"/>.</summary>
internal static class SubmitReader
{
    public static SubmitBatchCallRequest ReadRequest(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "the submit body");
        string? callName = null, agentId = null, agentPhoneNumberId = null, timezone = null, branchId = null, environment = null;
        Recipient[]? recipients = null;
        long? scheduledTime = null, concurrencyLimit = null;
        WhatsAppParams? whatsApp = null;
        CallConfig? callConfig = null;
        int next = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ReadOnlySpan<byte> property = JsonText.Current(in reader);
            int index = property.SequenceEqual(RequestName(next)) ? next : FindRequest(property);
            reader.Read();
            switch (index)
            {
                case 0: callName = JsonText.RequiredString(ref reader, "call_name"); break;
                case 1: agentId = JsonText.RequiredString(ref reader, "agent_id"); break;
                case 2: recipients = ArrayCollector<Recipient>.ReadArray(ref reader, ReadRecipient, "recipients"); break;
                case 3: scheduledTime = JsonText.OptionalInt64(ref reader); break;
                case 4: agentPhoneNumberId = reader.GetString(); break;
                case 5: whatsApp = reader.TokenType == JsonTokenType.Null ? null : CommonJson.ReadWhatsApp(ref reader); break;
                case 6: timezone = reader.GetString(); break;
                case 7: branchId = reader.GetString(); break;
                case 8: environment = reader.GetString(); break;
                case 9: callConfig = reader.TokenType == JsonTokenType.Null ? null : CommonJson.ReadCallConfig(ref reader); break;
                case 10: concurrencyLimit = JsonText.OptionalInt64(ref reader); break;
                default: reader.Skip(); break;
            }

            next = index + 1;
        }

        return new SubmitBatchCallRequest
        {
            CallName = callName ?? throw JsonText.Missing("call_name"),
            AgentId = agentId ?? throw JsonText.Missing("agent_id"),
            Recipients = recipients ?? throw JsonText.Missing("recipients"),
            ScheduledTimeUnix = scheduledTime,
            AgentPhoneNumberId = agentPhoneNumberId,
            WhatsappParams = whatsApp,
            Timezone = timezone,
            BranchId = branchId,
            Environment = environment,
            TelephonyCallConfig = callConfig,
            TargetConcurrencyLimit = concurrencyLimit,
        };
    }

    private static Recipient ReadRecipient(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "a recipient");
        string? id = null, phoneNumber = null, whatsappUserId = null;
        ClientData? clientData = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Four names of four lengths, in wire order: SequenceEqual's length check makes each miss one integer compare.
            ReadOnlySpan<byte> property = JsonText.Current(in reader);
            reader.Read();
            if (property.SequenceEqual("id"u8))
            {
                id = reader.GetString();
            }
            else if (property.SequenceEqual("phone_number"u8))
            {
                phoneNumber = reader.GetString();
            }
            else if (property.SequenceEqual("whatsapp_user_id"u8))
            {
                whatsappUserId = reader.GetString();
            }
            else if (property.SequenceEqual("conversation_initiation_client_data"u8))
            {
                clientData = reader.TokenType == JsonTokenType.Null ? null : ReadClientData(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new Recipient { Id = id, PhoneNumber = phoneNumber, WhatsappUserId = whatsappUserId, ConversationInitiationClientData = clientData };
    }

    private static ClientData ReadClientData(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "conversation_initiation_client_data");
        JsonElement? extraBody = null;
        string? userId = null;
        Dictionary<string, DynamicValue?>? variables = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ReadOnlySpan<byte> property = JsonText.Current(in reader);
            reader.Read();
            if (property.SequenceEqual("custom_llm_extra_body"u8))
            {
                extraBody = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
            }
            else if (property.SequenceEqual("user_id"u8))
            {
                userId = reader.GetString();
            }
            else if (property.SequenceEqual("dynamic_variables"u8))
            {
                variables = reader.TokenType == JsonTokenType.Null ? null : ReadVariables(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ClientData { CustomLlmExtraBody = extraBody, UserId = userId, DynamicVariables = variables };
    }

    /// <summary>
    /// Collects up to <see cref="VariableBuffer"/>'s length of pairs on the stack, so the dictionary is created once at
    /// its final size; a longer map spills into a dictionary that grows as usual.
    /// </summary>
    private static Dictionary<string, DynamicValue?> ReadVariables(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "dynamic_variables");
        VariableBuffer buffer = default;
        int count = 0;
        Dictionary<string, DynamicValue?>? spilled = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string key = reader.GetString()!;
            reader.Read();
            DynamicValue? value = reader.TokenType == JsonTokenType.Null ? null : DynamicValue.Read(ref reader);
            if (spilled is not null)
            {
                spilled[key] = value;
            }
            else if (count < VariableBuffer.Length)
            {
                buffer[count++] = new(key, value);
            }
            else
            {
                spilled = ToDictionary(buffer[..count], count * 2);
                spilled[key] = value;
            }
        }

        return spilled ?? ToDictionary(buffer[..count], count);
    }

    private static Dictionary<string, DynamicValue?> ToDictionary(ReadOnlySpan<KeyValuePair<string, DynamicValue?>> pairs, int capacity)
    {
        Dictionary<string, DynamicValue?> variables = new(capacity);
        foreach (KeyValuePair<string, DynamicValue?> pair in pairs)
        {
            variables[pair.Key] = pair.Value;
        }

        return variables;
    }

    [InlineArray(Length)]
    private struct VariableBuffer
    {
        public const int Length = 8;
        private KeyValuePair<string, DynamicValue?> _first;
    }

    /// <summary>The submit body's property names in the spec's order.</summary>
    internal static ReadOnlySpan<byte> RequestName(int index) => index switch
    {
        0 => "call_name"u8,
        1 => "agent_id"u8,
        2 => "recipients"u8,
        3 => "scheduled_time_unix"u8,
        4 => "agent_phone_number_id"u8,
        5 => "whatsapp_params"u8,
        6 => "timezone"u8,
        7 => "branch_id"u8,
        8 => "environment"u8,
        9 => "telephony_call_config"u8,
        10 => "target_concurrency_limit"u8,
        _ => default,
    };

    internal static int FindRequest(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return -1;
        }

        int candidate = (name.Length, name[0]) switch
        {
            (9, (byte)'c') => 0,
            (8, (byte)'a') => 1,
            (10, (byte)'r') => 2,
            (19, (byte)'s') => 3,
            (21, (byte)'a') => 4,
            (15, (byte)'w') => 5,
            (8, (byte)'t') => 6,
            (9, (byte)'b') => 7,
            (11, (byte)'e') => 8,
            (21, (byte)'t') => 9,
            (24, (byte)'t') => 10,
            _ => -1,
        };
        return candidate >= 0 && name.SequenceEqual(RequestName(candidate)) ? candidate : -1;
    }
}
