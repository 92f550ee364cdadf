using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>Enum values this SDK does not know (a newer API version's) survive reading, logging and forwarding unchanged.</summary>
public sealed class ExtensibleEnumTests
{
    [Fact]
    public async Task A_job_with_unknown_enum_values_is_written_back_unchanged()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        string served = Samples.VendorResponseJson
            .Replace("\"status\":\"pending\"", "\"status\":\"paused_new_state\"", StringComparison.Ordinal)
            .Replace("\"phone_provider\":\"twilio\"", "\"phone_provider\":\"vonage\"", StringComparison.Ordinal)
            // An absent member with a spec default reads, and so is written back, as that default.
            .Replace("{\"ringing_timeout_secs\":60}", "{\"ringing_timeout_secs\":60,\"twilio_call_recording_enabled\":false}", StringComparison.Ordinal);
        server.Respond(200, served);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal("paused_new_state", job.Status.Value);
        Assert.Equal("vonage", job.PhoneProvider?.Value);
        string written = SdkgenJson.Serialize(job, BatchCallResponseJsonConverter.WriteValue);
        Assert.Contains("\"status\":\"paused_new_state\"", written, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(served), JsonNode.Parse(written)), written);
    }

    [Fact]
    public async Task A_request_carries_an_unknown_value_to_the_server_as_is()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Samples.ReadmeRequest() with
        {
            Recipients = [new() { PhoneNumber = "+14155552671", ConversationInitiationClientData = new() { SourceInfo = new() { Source = "kotlin_sdk" } } }],
        };

        await client.ConversationalAi.BatchCalls.CreateAsync(request);

        Assert.Contains("\"source_info\":{\"source\":\"kotlin_sdk\"}", server.SingleRequest.BodyText, StringComparison.Ordinal);
    }
}
