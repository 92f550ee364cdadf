using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Runtime;
using Xunit;
using ValidationError = ElevenLabs.ValidationError;

namespace BatchCalling.Emulator.Tests;

/// <summary>Bodies the typed client would refuse to send, posted raw; the 422 must list every problem.</summary>
public sealed class ValidationTests
{
    private const string Phone = "+14155552671";

    [Fact]
    public async Task Missing_agent_id_is_reported_as_missing()
    {
        HTTPValidationError error = await SubmitRawAsync($$"""{"call_name":"x","recipients":[{"phone_number":"{{Phone}}"}]}""");

        Assert.Equal(["body/agent_id/ Field required missing"], Describe(error));
    }

    [Fact]
    public async Task Empty_recipients_is_too_short()
    {
        HTTPValidationError error = await SubmitRawAsync("""{"call_name":"x","agent_id":"a","recipients":[]}""");

        Assert.Equal(["body/recipients/ List should have at least 1 item after validation, not 0 too_short"], Describe(error));
    }

    [Fact]
    public async Task Phone_numbers_must_be_present_and_E164()
    {
        HTTPValidationError error = await SubmitRawAsync(
            """{"call_name":"x","agent_id":"a","recipients":[{"phone_number":"+14155552671"},{"phone_number":"4155552671"},{"id":"r3"}]}""");

        Assert.Equal(
            [
                @"body/recipients/1/phone_number/ String should match pattern '^\+[1-9]\d{6,14}$' string_pattern_mismatch",
                "body/recipients/2/phone_number/ Field required missing",
            ],
            Describe(error));
    }

    [Fact]
    public async Task Concurrency_below_one_is_rejected()
    {
        HTTPValidationError error = await SubmitRawAsync(
            $$"""{"call_name":"x","agent_id":"a","target_concurrency_limit":0,"recipients":[{"phone_number":"{{Phone}}"}]}""");

        ValidationError item = Assert.Single(error.Detail!);
        Assert.Equal("body/target_concurrency_limit/", Loc(item));
        Assert.Equal("greater_than_equal", item.Type);
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once()
    {
        HTTPValidationError error = await SubmitRawAsync(
            """{"recipients":[{"phone_number":"123"},7],"target_concurrency_limit":0,"scheduled_time_unix":"soon"}""");

        Assert.Equal(
            [
                "body/call_name/ missing",
                "body/agent_id/ missing",
                "body/recipients/1/ model_attributes_type",
                "body/scheduled_time_unix/ int_type",
                "body/target_concurrency_limit/ greater_than_equal",
                "body/recipients/0/phone_number/ string_pattern_mismatch",
            ],
            error.Detail!.Select(d => Loc(d) + " " + d.Type));
    }

    [Fact]
    public async Task Malformed_json_is_json_invalid()
    {
        HTTPValidationError error = await SubmitRawAsync("""{"call_name": "x",""");

        ValidationError item = Assert.Single(error.Detail!);
        Assert.Equal("json_invalid", item.Type);
        Assert.Equal("body", item.Loc[0].AsString);
    }

    [Fact]
    public async Task More_than_10000_recipients_is_too_long()
    {
        string recipients = string.Join(',', Enumerable.Repeat($$"""{"phone_number":"{{Phone}}"}""", 10001));
        HTTPValidationError error = await SubmitRawAsync($$"""{"call_name":"x","agent_id":"a","recipients":[{{recipients}}]}""");

        ValidationError item = Assert.Single(error.Detail!);
        Assert.Equal("body/recipients/", Loc(item));
        Assert.Equal("too_long", item.Type);
    }

    [Fact]
    public async Task The_typed_client_gets_the_422_as_a_parsed_error()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Campaigns.Request(1) with { Recipients = [new() { PhoneNumber = "not a phone" }] };

        ApiException<HTTPValidationError> error = await Assert.ThrowsAsync<ApiException<HTTPValidationError>>(() => session.BatchCalls.CreateAsync(request));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("body/recipients/0/phone_number/", Loc(Assert.Single(error.Error.Detail!)));
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        ApiException get = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.GetAsync("btcal_missing"));
        ApiException cancel = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.CancelAsync("btcal_missing"));
        ApiException export = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.ExportAsync("btcal_missing"));

        Assert.All([get, cancel, export], e => Assert.Equal(HttpStatusCode.NotFound, e.StatusCode));
        Assert.Equal("""{"detail":"Batch call not found"}""", get.ResponseBody);
    }

    private static async Task<HTTPValidationError> SubmitRawAsync(string json)
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        using HttpRequestMessage request = new(HttpMethod.Post, "v1/convai/batch-calling/submit")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("xi-api-key", session.Emulator.ApiKey);
        using HttpResponseMessage response = await session.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return SdkgenJson.Deserialize(await response.Content.ReadAsByteArrayAsync(), HTTPValidationErrorJsonConverter.ReadValue);
    }

    private static string Loc(ValidationError item) => string.Concat(item.Loc.Select(l => l + "/"));

    private static string[] Describe(HTTPValidationError error) =>
        error.Detail!.Select(d => $"{Loc(d)} {d.Msg} {d.Type}").ToArray();
}
