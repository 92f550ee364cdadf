using System;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Read/write for the small types both datasets share: WhatsApp params, call config and the two enums.</summary>
internal static class CommonJson
{
    private static readonly JsonEncodedText WhatsappPhoneNumberId = JsonEncodedText.Encode("whatsapp_phone_number_id");
    private static readonly JsonEncodedText TemplateName = JsonEncodedText.Encode("whatsapp_call_permission_request_template_name");
    private static readonly JsonEncodedText TemplateLanguageCode = JsonEncodedText.Encode("whatsapp_call_permission_request_template_language_code");
    private static readonly JsonEncodedText RingingTimeoutSecs = JsonEncodedText.Encode("ringing_timeout_secs");
    private static readonly JsonEncodedText TwilioCallRecordingEnabled = JsonEncodedText.Encode("twilio_call_recording_enabled");
    private static readonly JsonEncodedText Pending = JsonEncodedText.Encode("pending");
    private static readonly JsonEncodedText InProgress = JsonEncodedText.Encode("in_progress");
    private static readonly JsonEncodedText Completed = JsonEncodedText.Encode("completed");
    private static readonly JsonEncodedText Failed = JsonEncodedText.Encode("failed");
    private static readonly JsonEncodedText Cancelled = JsonEncodedText.Encode("cancelled");
    private static readonly JsonEncodedText Twilio = JsonEncodedText.Encode("twilio");
    private static readonly JsonEncodedText SipTrunk = JsonEncodedText.Encode("sip_trunk");
    private static readonly JsonEncodedText Exotel = JsonEncodedText.Encode("exotel");

    public static WhatsAppParams ReadWhatsApp(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "whatsapp_params");
        string? phoneNumberId = null;
        string? templateName = null;
        string? languageCode = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // SequenceEqual compares lengths first and these three lengths differ, so a miss costs one integer compare.
            ReadOnlySpan<byte> name = JsonText.Current(in reader);
            reader.Read();
            if (name.SequenceEqual("whatsapp_phone_number_id"u8))
            {
                phoneNumberId = reader.GetString();
            }
            else if (name.SequenceEqual("whatsapp_call_permission_request_template_name"u8))
            {
                templateName = JsonText.RequiredString(ref reader, "whatsapp_call_permission_request_template_name");
            }
            else if (name.SequenceEqual("whatsapp_call_permission_request_template_language_code"u8))
            {
                languageCode = JsonText.RequiredString(ref reader, "whatsapp_call_permission_request_template_language_code");
            }
            else
            {
                reader.Skip();
            }
        }

        return new WhatsAppParams
        {
            WhatsappPhoneNumberId = phoneNumberId,
            WhatsappCallPermissionRequestTemplateName = templateName ?? throw JsonText.Missing("whatsapp_call_permission_request_template_name"),
            WhatsappCallPermissionRequestTemplateLanguageCode = languageCode ?? throw JsonText.Missing("whatsapp_call_permission_request_template_language_code"),
        };
    }

    public static void WriteWhatsApp(Utf8JsonWriter writer, WhatsAppParams value)
    {
        writer.WriteStartObject();
        if (value.WhatsappPhoneNumberId is { } phoneNumberId)
        {
            writer.WriteString(WhatsappPhoneNumberId, phoneNumberId);
        }

        writer.WriteString(TemplateName, value.WhatsappCallPermissionRequestTemplateName);
        writer.WriteString(TemplateLanguageCode, value.WhatsappCallPermissionRequestTemplateLanguageCode);
        writer.WriteEndObject();
    }

    public static CallConfig ReadCallConfig(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartObject, "telephony_call_config");
        long? ringingTimeout = null;
        bool? recording = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ReadOnlySpan<byte> name = JsonText.Current(in reader);
            reader.Read();
            if (name.SequenceEqual("ringing_timeout_secs"u8))
            {
                ringingTimeout = JsonText.OptionalInt64(ref reader);
            }
            else if (name.SequenceEqual("twilio_call_recording_enabled"u8))
            {
                recording = JsonText.OptionalBoolean(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new CallConfig { RingingTimeoutSecs = ringingTimeout, TwilioCallRecordingEnabled = recording };
    }

    public static void WriteCallConfig(Utf8JsonWriter writer, CallConfig value)
    {
        writer.WriteStartObject();
        if (value.RingingTimeoutSecs is { } ringingTimeout)
        {
            writer.WriteNumber(RingingTimeoutSecs, ringingTimeout);
        }

        if (value.TwilioCallRecordingEnabled is { } recording)
        {
            writer.WriteBoolean(TwilioCallRecordingEnabled, recording);
        }

        writer.WriteEndObject();
    }

    /// <summary>A jump on the length, then at most two comparisons: no scan over the members.</summary>
    public static BatchStatus ReadStatus(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.String, "status");
        ReadOnlySpan<byte> text = JsonText.Current(in reader);
        return text.Length switch
        {
            7 when text.SequenceEqual("pending"u8) => BatchStatus.Pending,
            11 when text.SequenceEqual("in_progress"u8) => BatchStatus.InProgress,
            9 when text.SequenceEqual("completed"u8) => BatchStatus.Completed,
            9 when text.SequenceEqual("cancelled"u8) => BatchStatus.Cancelled,
            6 when text.SequenceEqual("failed"u8) => BatchStatus.Failed,
            _ => BatchStatus.Unknown,
        };
    }

    public static void WriteStatus(Utf8JsonWriter writer, JsonEncodedText name, BatchStatus value) => writer.WriteString(name, value switch
    {
        BatchStatus.Pending => Pending,
        BatchStatus.InProgress => InProgress,
        BatchStatus.Completed => Completed,
        BatchStatus.Failed => Failed,
        BatchStatus.Cancelled => Cancelled,
        _ => throw new JsonException($"BatchStatus.{value} has no wire value."),
    });

    public static PhoneProvider ReadProvider(ref Utf8JsonReader reader)
    {
        JsonText.Expect(ref reader, JsonTokenType.String, "phone_provider");
        ReadOnlySpan<byte> text = JsonText.Current(in reader);
        return text.Length switch
        {
            6 when text.SequenceEqual("twilio"u8) => PhoneProvider.Twilio,
            6 when text.SequenceEqual("exotel"u8) => PhoneProvider.Exotel,
            9 when text.SequenceEqual("sip_trunk"u8) => PhoneProvider.SipTrunk,
            _ => PhoneProvider.Unknown,
        };
    }

    public static void WriteProvider(Utf8JsonWriter writer, JsonEncodedText name, PhoneProvider value) => writer.WriteString(name, value switch
    {
        PhoneProvider.Twilio => Twilio,
        PhoneProvider.SipTrunk => SipTrunk,
        PhoneProvider.Exotel => Exotel,
        _ => throw new JsonException($"PhoneProvider.{value} has no wire value."),
    });

    public static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
