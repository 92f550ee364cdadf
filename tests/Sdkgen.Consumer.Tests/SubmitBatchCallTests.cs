using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>CreateAsync (POST /v1/convai/batch-calling/submit) against a real Kestrel server.</summary>
public sealed class SubmitBatchCallTests
{
    [Fact]
    public async Task CreateAsync_sends_the_readme_request()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/convai/batch-calling/submit", request.Path);
        Assert.Equal("/v1/convai/batch-calling/submit", request.RawTarget);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        // Same tokens in the same (spec) order, nulls omitted; only string escaping is normalised here.
        Assert.Equal(Samples.ReadmeRequestJson, Samples.Unescaped(request.BodyText));
        Assert.False(request.Headers.ContainsKey("Authorization"));

        // The key goes on the request, never on the caller's shared HttpClient.
        Assert.False(http.DefaultRequestHeaders.Contains("xi-api-key"));
    }

    [Fact]
    public async Task CreateAsync_sends_the_readme_request_byte_for_byte()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal(Samples.ReadmeRequestJson, server.SingleRequest.BodyText);
    }

    [Fact]
    public async Task CreateAsync_without_api_key_sends_no_key_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server, apiKey: null);

        await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.False(server.SingleRequest.Headers.ContainsKey("xi-api-key"));
    }

    [Fact]
    public async Task CreateAsync_keeps_a_base_address_path_prefix()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = new(http, new ElevenLabsClientOptions { ApiKey = Samples.ApiKey, BaseAddress = new Uri(server.BaseAddress, "proxy/elevenlabs") });

        await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal("/proxy/elevenlabs/v1/convai/batch-calling/submit", server.SingleRequest.Path);
    }

    [Fact]
    public async Task CreateAsync_falls_back_to_the_HttpClient_base_address()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = new() { BaseAddress = server.BaseAddress };
        ElevenLabsClient client = new(http, new ElevenLabsClientOptions { ApiKey = Samples.ApiKey });

        await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal("/v1/convai/batch-calling/submit", server.SingleRequest.Path);
    }

    [Fact]
    public async Task CreateAsync_decodes_every_field_of_the_vendor_example_response()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal("batchcall_1234567890abcdef", job.Id);
        Assert.Equal("phone_abc123xyz789", job.PhoneNumberId);
        Assert.Equal(TelephonyProvider.Twilio, job.PhoneProvider);
        BatchCallWhatsAppParams whatsapp = Assert.IsType<BatchCallWhatsAppParams>(job.WhatsappParams);
        Assert.Equal("whatsapp_call_permission_template_01", whatsapp.WhatsappCallPermissionRequestTemplateName);
        Assert.Equal("en_US", whatsapp.WhatsappCallPermissionRequestTemplateLanguageCode);
        Assert.Equal("whatsapp_5551234567", whatsapp.WhatsappPhoneNumberId);
        Assert.Equal("Customer Satisfaction Survey April 2024", job.Name);
        Assert.Equal("agent_987654321", job.AgentId);
        Assert.Equal(1712000000L, job.CreatedAtUnix);
        Assert.Equal(1712086400L, job.ScheduledTimeUnix);
        Assert.Equal(0L, job.TotalCallsDispatched);
        Assert.Equal(150L, job.TotalCallsScheduled);
        Assert.Equal(1712003600L, job.LastUpdatedAtUnix);
        Assert.Equal(BatchCallStatus.Pending, job.Status);
        Assert.Equal(0L, job.RetryCount);
        Assert.Equal("Support Agent Team A", job.AgentName);

        // The spec has since gained these upstream fields, so they decode too (rather than being skipped).
        Assert.Equal("branch_nyc_001", job.BranchId);
        Assert.Equal("production", job.Environment);
        Assert.Equal("America/New_York", job.Timezone);
        Assert.Equal(0L, job.TotalCallsFinished);
        Assert.Equal(60L, job.TelephonyCallConfig?.RingingTimeoutSecs);
        Assert.False(job.TelephonyCallConfig?.TwilioCallRecordingEnabled); // absent: the spec default
        Assert.Equal(50L, job.TargetConcurrencyLimit);
        Assert.Equal("New York City Branch", job.BranchName);
    }

    [Fact]
    public async Task CreateAsync_ignores_properties_the_spec_does_not_know()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        string withExtras = Samples.VendorResponseJson.Insert(1,
            "\"future_scalar\":\"x\",\"future_object\":{\"a\":[1,{\"b\":null}],\"id\":\"not-the-id\"},\"future_array\":[[],{}],\"future_null\":null,");
        string nestedExtras = withExtras.Replace(
            "\"telephony_call_config\":{\"ringing_timeout_secs\":60}",
            "\"telephony_call_config\":{\"sip_headers\":{\"X-A\":\"1\"},\"ringing_timeout_secs\":60,\"another\":[true]}",
            StringComparison.Ordinal);
        Assert.NotEqual(withExtras, nestedExtras);
        server.Respond(200, nestedExtras);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal("batchcall_1234567890abcdef", job.Id);
        Assert.Equal(60L, job.TelephonyCallConfig?.RingingTimeoutSecs);
        Assert.Equal("New York City Branch", job.BranchName);
    }

    [Theory]
    [InlineData("paused_new_state")]
    [InlineData("PENDING")]
    [InlineData("")]
    public async Task CreateAsync_reads_an_unknown_status_as_itself(string wireStatus)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson.Replace("\"status\":\"pending\"", $"\"status\":\"{wireStatus}\"", StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal(wireStatus, job.Status.Value);
        Assert.False(job.Status.IsKnown);
        Assert.Equal("batchcall_1234567890abcdef", job.Id);
    }

    [Fact]
    public async Task CreateAsync_reads_an_unknown_phone_provider_as_itself()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson.Replace("\"phone_provider\":\"twilio\"", "\"phone_provider\":\"vonage\"", StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        Assert.Equal(new TelephonyProvider("vonage"), job.PhoneProvider);
        Assert.NotEqual(TelephonyProvider.Twilio, job.PhoneProvider);
    }

    [Fact]
    public async Task CreateAsync_reports_every_validation_problem_and_sends_nothing()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost invalid = new()
        {
            CallName = null!,
            AgentId = null!,
            Recipients =
            [
                new() { PhoneNumber = "+14155552671" },
                new()
                {
                    WhatsappUserId = "wa_1",
                    ConversationInitiationClientData = new()
                    {
                        SourceInfo = new() { Source = default(ConversationInitiationSource) },
                    },
                },
            ],
            WhatsappParams = new()
            {
                WhatsappPhoneNumberId = "whatsapp_5551234567",
                WhatsappCallPermissionRequestTemplateName = null!,
                WhatsappCallPermissionRequestTemplateLanguageCode = null!,
            },
            TelephonyCallConfig = new() { RingingTimeoutSecs = 1000 },
            TargetConcurrencyLimit = 0,
        };

        ApiValidationException ex = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(invalid));

        string[] expected =
        [
            "$.call_name: is required",
            "$.agent_id: is required",
            "$.recipients[1].conversation_initiation_client_data.source_info.source: holds no value (a default ConversationInitiationSource)",
            "$.whatsapp_params.whatsapp_call_permission_request_template_name: is required",
            "$.whatsapp_params.whatsapp_call_permission_request_template_language_code: is required",
            "$.telephony_call_config.ringing_timeout_secs: must be less than or equal to 999 (was 1000)",
            "$.target_concurrency_limit: must be greater than or equal to 1 (was 0)",
        ];
        string[] actual = [.. ex.Errors.Select(e => $"{e.Path}: {e.Message}")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        foreach (string line in expected)
        {
            Assert.Contains(line, ex.Message, StringComparison.Ordinal);
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_rejects_missing_recipients_without_sending()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiValidationException ex = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest() with { Recipients = null! }));

        Sdkgen.Runtime.ValidationIssue error = Assert.Single(ex.Errors);
        Assert.Equal(new Sdkgen.Runtime.ValidationIssue("$.recipients", "is required"), error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_reports_a_null_recipient_as_a_validation_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiValidationException ex = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest() with { Recipients = [null!] }));

        Assert.Equal("$.recipients[0]", Assert.Single(ex.Errors).Path);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_reports_an_empty_dynamic_variable_as_a_validation_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Samples.ReadmeRequest() with
        {
            Recipients = [new() { PhoneNumber = "+1", ConversationInitiationClientData = new() { DynamicVariables = new() { ["empty"] = default(ConversationInitiationClientDataRequestInputDynamicVariables) } } }],
        };

        ApiValidationException ex = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(request));

        Assert.StartsWith("$.recipients[0].conversation_initiation_client_data.dynamic_variables", Assert.Single(ex.Errors).Path, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_turns_a_422_into_ApiException_with_the_parsed_error()
    {
        const string Body = """{"detail":[{"loc":["body","agent_id"],"msg":"field required","type":"value_error.missing"}]}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(422, Body);
        server.ResponseHeaders["x-request-id"] = "req-42";
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Equal((HttpStatusCode)422, ex.StatusCode);
        Assert.Equal(Body, ex.ResponseBody);
        Assert.Equal(["req-42"], ex.Headers["x-request-id"]);
        Assert.Equal(["req-42"], ex.Headers["X-Request-ID"]);
        Assert.Equal("application/json", Assert.Single(ex.Headers["Content-Type"]));
        Assert.False(ex.Headers.ContainsKey("xi-api-key"));
        Assert.Contains("422", ex.Message, StringComparison.Ordinal);
        Assert.Contains("field required", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.ApiKey, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.ApiKey, ex.ToString(), StringComparison.Ordinal);

        ApiException<HTTPValidationError> typed = Assert.IsType<ApiException<HTTPValidationError>>(ex);
        ElevenLabs.ValidationError detail = Assert.Single(typed.Error.Detail!);
        Assert.Equal(["body", "agent_id"], detail.Loc.Select(l => l.AsString));
        Assert.Equal("field required", detail.Msg);
        Assert.Equal("value_error.missing", detail.Type);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_redacts_an_api_key_the_server_echoes_back()
    {
        string body = $$"""{"detail":[{"loc":["header","xi-api-key"],"msg":"invalid key {{Samples.ApiKey}}","type":"auth"}]}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(422, body);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.DoesNotContain(Samples.ApiKey, ex.Message, StringComparison.Ordinal);
        Assert.Contains("invalid key ***", ex.Message, StringComparison.Ordinal);

        // The raw body is kept verbatim for callers who need it.
        Assert.Equal(body, ex.ResponseBody);
    }

    [Fact]
    public async Task CreateAsync_422_with_an_unexpected_shape_still_gives_ApiException()
    {
        const string Body = """{"detail":"Not authenticated"}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(422, Body);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Equal((HttpStatusCode)422, ex.StatusCode);
        Assert.Equal(Body, ex.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains(Body, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_turns_a_500_text_response_into_ApiException()
    {
        const string Body = "Internal Server Error: upstream exploded";
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(500, Body, "text/plain; charset=utf-8");
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal(Body, ex.ResponseBody);
        Assert.Equal("text/plain; charset=utf-8", Assert.Single(ex.Headers["Content-Type"]));
        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Body, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.ApiKey, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("<html>gateway</html>")]
    [InlineData("{\"id\":\"batchcall_1\"} trailing")]
    public async Task CreateAsync_turns_an_unreadable_success_body_into_ApiException(string body)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, body);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(body, ex.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains(nameof(BatchCallResponse), ex.Message, StringComparison.Ordinal);
        Assert.Contains(body.Length == 0 ? "(empty body)" : body, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.ApiKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_names_the_missing_required_property()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson.Replace("\"agent_name\":\"Support Agent Team A\",", string.Empty, StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Contains("agent_name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_CreateAsync_while_the_server_is_answering_aborts_the_request()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        TaskCompletionSource received = new(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Handler = async (context, _) =>
        {
            // Signals rather than clocks: the test cancels once the request is in, and learns when the client let go.
            using CancellationTokenRegistration registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            received.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        };
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);
        using CancellationTokenSource cts = new();

        Task<BatchCallResponse> call = client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest(), cts.Token);
        await received.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await cts.CancelAsync();

        OperationCanceledException ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        await aborted.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a safety net, not a timing assertion
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_with_an_already_cancelled_token_sends_nothing()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest(), new CancellationToken(canceled: true)));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateAsync_turns_a_null_required_enum_into_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson.Replace("\"status\":\"pending\"", "\"status\":null", StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains("status", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_reports_a_non_finite_dynamic_variable_as_a_validation_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Samples.ReadmeRequest() with
        {
            Recipients = [new() { PhoneNumber = "+1", ConversationInitiationClientData = new() { DynamicVariables = new() { ["score"] = double.NaN } } }],
        };

        ApiValidationException ex = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.ConversationalAi.BatchCalls.CreateAsync(request));

        Assert.Equal("$.recipients[0].conversation_initiation_client_data.dynamic_variables.score", Assert.Single(ex.Errors).Path);
        Assert.Empty(server.Requests);
    }
}
