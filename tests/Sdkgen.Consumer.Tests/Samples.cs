using System;
using System.Buffers;
using System.Net.Http;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ElevenLabs;

namespace Sdkgen.Consumer.Tests;

/// <summary>Shared inputs: the README request and the vendor's documented response.</summary>
internal static class Samples
{
    public const string ApiKey = "sk_test_5ecret_key_0123456789";

    /// <summary>The README sample request.</summary>
    public static BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost ReadmeRequest() => new()
    {
        CallName = "April survey",
        AgentId = "agent_123",
        Recipients =
        [
            new()
            {
                PhoneNumber = "+14155552671",
                ConversationInitiationClientData = new()
                {
                    DynamicVariables = new() { ["customer_name"] = "John", ["vip"] = true, ["visits"] = 3 },
                },
            },
        ],
    };

    /// <summary>What the README request must look like on the wire: spec property order, nulls omitted.</summary>
    public const string ReadmeRequestJson =
        """{"call_name":"April survey","agent_id":"agent_123","recipients":[{"phone_number":"+14155552671","conversation_initiation_client_data":{"dynamic_variables":{"customer_name":"John","vip":true,"visits":3}}}]}""";

    /// <summary>The example response from the vendor's API reference for POST /v1/convai/batch-calling/submit.</summary>
    public const string VendorResponseJson =
        """{"id":"batchcall_1234567890abcdef","phone_number_id":"phone_abc123xyz789","phone_provider":"twilio","whatsapp_params":{"whatsapp_call_permission_request_template_name":"whatsapp_call_permission_template_01","whatsapp_call_permission_request_template_language_code":"en_US","whatsapp_phone_number_id":"whatsapp_5551234567"},"name":"Customer Satisfaction Survey April 2024","agent_id":"agent_987654321","branch_id":"branch_nyc_001","environment":"production","created_at_unix":1712000000,"scheduled_time_unix":1712086400,"timezone":"America/New_York","total_calls_dispatched":0,"total_calls_scheduled":150,"total_calls_finished":0,"last_updated_at_unix":1712003600,"status":"pending","retry_count":0,"telephony_call_config":{"ringing_timeout_secs":60},"target_concurrency_limit":50,"agent_name":"Support Agent Team A","branch_name":"New York City Branch"}""";

    /// <summary>GET /v1/convai/batch-calling/{batch_id}: the job above with its (here empty) recipient list.</summary>
    public static string DetailedResponseJson => VendorResponseJson[..^1] + ""","recipients":[]}""";

    public static ElevenLabsClient CreateClient(HttpClient http, LoopbackServer server, string? apiKey = ApiKey) =>
        new(http, new ElevenLabsClientOptions { ApiKey = apiKey, BaseAddress = server.BaseAddress });

    /// <summary>
    /// Re-writes JSON with minimal escaping, keeping property order and number text, so two documents that
    /// differ only in how strings are escaped (e.g. "+" vs "\u002B") compare equal.
    /// </summary>
    public static string Unescaped(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static HttpClient CreateHttpClient() => new() { Timeout = TimeSpan.FromSeconds(30) };
}
