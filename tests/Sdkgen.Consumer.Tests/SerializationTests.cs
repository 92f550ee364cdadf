using System;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The generated converters used directly through SdkgenJson.</summary>
public sealed class SerializationTests
{
    [Fact]
    public void Dynamic_variables_union_round_trips()
    {
        const string Json = """{"dynamic_variables":{"a":"x","b":1.5,"c":2,"d":false,"e":null}}""";

        ConversationInitiationClientDataRequestInput data = SdkgenJson.Deserialize(Json, ConversationInitiationClientDataRequestInputJsonConverter.ReadValue);

        var variables = Assert.IsType<System.Collections.Generic.Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?>>(data.DynamicVariables);
        Assert.Equal(["a", "b", "c", "d", "e"], variables.Keys);

        ConversationInitiationClientDataRequestInputDynamicVariables a = variables["a"]!.Value;
        Assert.True(a.IsString);
        Assert.False(a.IsNumber || a.IsInteger || a.IsBoolean);
        Assert.Equal("x", a.AsString);

        ConversationInitiationClientDataRequestInputDynamicVariables b = variables["b"]!.Value;
        Assert.True(b.IsNumber);
        Assert.False(b.IsString || b.IsInteger || b.IsBoolean);
        Assert.Equal(1.5, b.AsNumber);
        Assert.Null(b.AsInteger);

        ConversationInitiationClientDataRequestInputDynamicVariables c = variables["c"]!.Value;
        Assert.True(c.IsInteger);
        Assert.False(c.IsString || c.IsNumber || c.IsBoolean);
        Assert.Equal(2L, c.AsInteger);

        ConversationInitiationClientDataRequestInputDynamicVariables d = variables["d"]!.Value;
        Assert.True(d.IsBoolean);
        Assert.False(d.IsString || d.IsNumber || d.IsInteger);
        Assert.False(d.AsBoolean);

        Assert.True(variables.ContainsKey("e"));
        Assert.Null(variables["e"]);

        Assert.Equal(Json, SdkgenJson.Serialize(data, ConversationInitiationClientDataRequestInputJsonConverter.WriteValue));
    }

    [Fact]
    public void Dynamic_variables_implicit_conversions_pick_the_matching_case()
    {
        ConversationInitiationClientDataRequestInputDynamicVariables fromString = "John";
        ConversationInitiationClientDataRequestInputDynamicVariables fromInt = 3;
        ConversationInitiationClientDataRequestInputDynamicVariables fromLong = 3L;
        ConversationInitiationClientDataRequestInputDynamicVariables fromDouble = 3.0;
        ConversationInitiationClientDataRequestInputDynamicVariables fromBool = true;

        Assert.True(fromString.IsString);
        Assert.True(fromInt.IsInteger);
        Assert.True(fromLong.IsInteger);
        Assert.True(fromDouble.IsNumber);
        Assert.True(fromBool.IsBoolean);
        Assert.Equal(fromInt, fromLong);
        Assert.NotEqual(fromInt, fromDouble);
        Assert.Equal("true", fromBool.ToString());
        Assert.Equal("3", fromDouble.ToString());
    }

    [Fact]
    public void Dynamic_variables_reject_objects_and_arrays()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SdkgenJson.Deserialize(
            """{"dynamic_variables":{"a":{"nested":1}}}""", ConversationInitiationClientDataRequestInputJsonConverter.ReadValue));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SdkgenJson.Deserialize(
            """{"dynamic_variables":{"a":[1]}}""", ConversationInitiationClientDataRequestInputJsonConverter.ReadValue));
    }

    [Fact]
    public void Unknown_status_reads_as_Unknown_and_is_never_written()
    {
        BatchCallStatus status = SdkgenJson.Deserialize("\"paused_new_state\"", BatchCallStatusJsonConverter.ReadValue);

        Assert.Equal(BatchCallStatus.Unknown, status);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SdkgenJson.Serialize(status, BatchCallStatusJsonConverter.WriteValue));
        Assert.Equal("\"in_progress\"", SdkgenJson.Serialize(BatchCallStatus.InProgress, BatchCallStatusJsonConverter.WriteValue));
    }

    [Fact]
    public void Vendor_response_round_trips_through_its_converter()
    {
        BatchCallResponse job = SdkgenJson.Deserialize(Samples.VendorResponseJson, BatchCallResponseJsonConverter.ReadValue);

        string written = SdkgenJson.Serialize(job, BatchCallResponseJsonConverter.WriteValue);
        BatchCallResponse again = SdkgenJson.Deserialize(written, BatchCallResponseJsonConverter.ReadValue);
        Assert.Equal(job.Id, again.Id);
        Assert.Equal(job.WhatsappParams, again.WhatsappParams);
        Assert.Equal(job.TelephonyCallConfig, again.TelephonyCallConfig);
        Assert.Equal(job, again);
    }

    [Fact]
    public void Readme_request_serialises_in_spec_order()
    {
        Assert.Equal(
            Samples.ReadmeRequestJson,
            Samples.Unescaped(SdkgenJson.Serialize(Samples.ReadmeRequest(), BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.WriteValue)));
    }

    [Fact]
    public void Strings_are_written_without_needless_escapes()
    {
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Samples.ReadmeRequest() with { CallName = "Umfrage für Café <April> & co" };

        string json = SdkgenJson.Serialize(request, BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.WriteValue);

        Assert.Contains("\"call_name\":\"Umfrage für Café <April> & co\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phone_number\":\"+14155552671\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_never_shows_the_api_key()
    {
        ElevenLabsClientOptions options = new() { ApiKey = Samples.ApiKey, BaseAddress = new Uri("https://api.elevenlabs.io/") };

        string text = options.ToString();

        Assert.DoesNotContain(Samples.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("5ecret", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
        Assert.Contains("https://api.elevenlabs.io/", text, StringComparison.Ordinal);
        Assert.Contains(nameof(ElevenLabsClientOptions), text, StringComparison.Ordinal);
        Assert.Equal(Samples.ApiKey, options.ApiKey);
    }
}
