using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

public sealed class JsonAndOptionsTests
{
    [Fact]
    public void Serialize_and_deserialize_round_trip()
    {
        Item item = new("a\u00e9", 5);

        string json = SdkgenJson.Serialize(item, Item.WriteValue);

        Assert.Equal("""{"id":"aé","count":5}""", json);
        Assert.Equal(item, SdkgenJson.Deserialize(json, Item.ReadValue));
        Assert.Equal(item, SdkgenJson.Deserialize(SdkgenJson.SerializeToUtf8Bytes(item, Item.WriteValue), Item.ReadValue));
    }

    [Fact]
    public void Deserialize_allows_whitespace_and_bom_but_not_trailing_values()
    {
        byte[] withBom = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(""" {"id":"a"}  """)];

        Assert.Equal(new Item("a", 0), SdkgenJson.Deserialize(withBom, Item.ReadValue));
        Assert.ThrowsAny<JsonException>(() => SdkgenJson.Deserialize("""{"id":"a"}{}""", Item.ReadValue));
        Assert.ThrowsAny<JsonException>(() => SdkgenJson.Deserialize("   ", Item.ReadValue));
    }

    [Fact]
    public void Deserialize_rejects_reader_that_stops_early()
    {
        static int ReadFirstOnly(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.StartArray ? 0 : -1;

        JsonException ex = Assert.ThrowsAny<JsonException>(() => SdkgenJson.Deserialize("[1]", ReadFirstOnly));
        Assert.Contains("Number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_helpers_describe_the_problem()
    {
        Utf8JsonReader reader = new("[1]"u8);
        reader.Read();

        Assert.Equal("Expected StartObject but found StartArray", reader.UnexpectedToken("StartObject").Message);
        Assert.Equal(
            "Missing required property 'id' of BatchCallResponse",
            JsonReaderExtensions.MissingRequired("BatchCallResponse", "id").Message);
    }

    [Fact]
    public void Options_ToString_masks_the_key_and_the_password()
    {
        ApiClientOptions options = new()
        {
            BaseAddress = new Uri("https://api.example.com/"),
            ApiKey = "sk-very-secret",
            Username = "ada",
            Password = "pw-very-secret",
            AccessTokenProvider = _ => ValueTask.FromResult("token-very-secret"),
        };

        Assert.Equal("ApiClientOptions { BaseAddress = https://api.example.com/, ApiKey = ***, Username = ada, Password = ***, AccessTokenProvider = (set) }", options.ToString());
        Assert.Equal("ApiClientOptions { BaseAddress = (none), ApiKey = (none), Username = (none), Password = (none), AccessTokenProvider = (none) }", new ApiClientOptions().ToString());
        Assert.DoesNotContain("sk-very-secret", new DerivedOptions { ApiKey = "sk-very-secret" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApiKeyAuth_ToString_holds_no_secret()
    {
        ApiKeyAuth auth = new("xi-api-key", ApiKeyStyle.Header);

        Assert.Equal("ApiKeyAuth { Name = xi-api-key, Style = Header }", auth.ToString());
    }

    private sealed class DerivedOptions : ApiClientOptions;
}
