using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Sdkgen.Runtime.Tests;

public sealed class ApiConnectionTests
{
    private const string Secret = "sk-test-SECRET-1234567890";

    private static readonly ApiKeyAuth HeaderAuth = new("xi-api-key", ApiKeyStyle.Header);

    private const string Client = "TestClient";

    private static CancellationToken Ct => CancellationToken.None;

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/")]
    public async Task Url_keeps_base_path_prefix_with_or_without_trailing_slash(string basePath)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, """{"id":"a","count":1}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = new Uri(server.Address, basePath) }, null, Client);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/items/abc%20d"), Item.ReadValue, Ct);

        Assert.Equal("/api/v1/items/abc%20d", server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task Url_falls_back_to_HttpClient_base_address()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new() { BaseAddress = new Uri(server.Address, "/root/") };
        ApiConnection connection = new(http, new ApiClientOptions(), null, Client);

        await connection.SendAsync(new ApiCall(HttpMethod.Delete, "/v1/x"), Ct);

        Assert.Equal("DELETE", server.SingleRequest.Method);
        Assert.Equal("/root/v1/x", server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task Missing_base_address_throws_clear_InvalidOperationException()
    {
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions(), null, Client);

        InvalidOperationException ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct));

        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_is_escaped_ordered_and_skips_nulls()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);
        ApiCall call = new(HttpMethod.Get, "/v1/search");
        call.AddQuery("q", "a b&c=d/é");
        call.AddQuery("skipped", null);
        call.AddQuery("page size", "2");

        await connection.SendAsync(call, Ct);

        Assert.Equal("/v1/search?q=a%20b%26c%3Dd%2F%C3%A9&page%20size=2", call.RelativeUri);
        Assert.Equal(call.RelativeUri, server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task Header_style_sends_key_in_named_header_and_call_headers_are_sent()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);
        ApiCall call = new(HttpMethod.Get, "/v1/x");
        call.AddHeader("x-trace", "t1");
        call.AddHeader("x-absent", null);

        await connection.SendAsync(call, Ct);

        RecordedRequest request = server.SingleRequest;
        Assert.Equal(Secret, request.Headers["xi-api-key"]);
        Assert.Equal("t1", request.Headers["x-trace"]);
        Assert.False(request.Headers.ContainsKey("x-absent"));
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Empty(http.DefaultRequestHeaders);
    }

    [Fact]
    public async Task Bearer_style_sends_authorization_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(
            http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, new ApiKeyAuth("Authorization", ApiKeyStyle.Bearer), Client);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.Equal("Bearer " + Secret, server.SingleRequest.Headers["Authorization"]);
        Assert.Null(http.DefaultRequestHeaders.Authorization);
    }

    [Fact]
    public async Task No_key_header_when_ApiKey_is_null()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, HeaderAuth, Client);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.False(server.SingleRequest.Headers.ContainsKey("xi-api-key"));
        Assert.False(server.SingleRequest.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Json_body_is_sent_byte_exact_with_json_content_type_and_response_is_parsed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(201, """{"id":"new","extra":[1,2],"count":7}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);
        ApiCall call = new(HttpMethod.Post, "/v1/items");
        call.SetJsonBody(new Item("é\"x", 3), Item.WriteValue);

        Item created = await connection.SendAsync(call, Item.ReadValue, Ct);

        Assert.Equal(new Item("new", 7), created);
        RecordedRequest request = server.SingleRequest;
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        // Relaxed escaping: non-ASCII stays as UTF-8, a quote is still escaped.
        Assert.Equal("""{"id":"é\"x","count":3}""", Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task Typed_error_model_becomes_ApiException_of_T_with_status_body_and_headers()
    {
        const string body = """{"detail":["name is too short","count must be positive"]}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 422;
            context.Response.Headers["x-request-id"] = "req-42";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);
        ApiCall call = new(HttpMethod.Post, "/v1/x");
        call.AddErrorModel<ErrorBody>(422, ErrorBody.ReadValue);

        ApiException<ErrorBody> ex = await Assert.ThrowsAsync<ApiException<ErrorBody>>(
            () => connection.SendAsync(call, Item.ReadValue, Ct));

        Assert.Equal(["name is too short", "count must be positive"], ex.Error.Detail);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.StatusCode);
        Assert.Equal(body, ex.ResponseBody);
        Assert.Equal("req-42", Assert.Single(ex.Headers["X-Request-Id"]));
        Assert.Equal("application/json", Assert.Single(ex.Headers["content-type"]));
        Assert.StartsWith("POST /v1/x failed with 422 (Unprocessable Entity): {\"detail\"", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.Headers.ContainsKey("xi-api-key"));
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task Default_error_model_applies_to_unlisted_status()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(503, """{"detail":["down"]}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);
        ApiCall call = new(HttpMethod.Get, "/v1/x");
        call.AddErrorModel<Item>(422, Item.ReadValue);
        call.AddDefaultErrorModel<ErrorBody>(ErrorBody.ReadValue);

        ApiException<ErrorBody> ex = await Assert.ThrowsAsync<ApiException<ErrorBody>>(() => connection.SendAsync(call, Ct));

        Assert.Equal("down", Assert.Single(ex.Error.Detail));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
    }

    [Fact]
    public async Task Unparseable_error_body_becomes_plain_ApiException_with_body()
    {
        const string body = "<html>Bad gateway</html>";
        await using LoopbackServer server = await LoopbackServer.StartAsync(422, body, "text/html");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);
        ApiCall call = new(HttpMethod.Post, "/v1/x");
        call.AddErrorModel<ErrorBody>(422, ErrorBody.ReadValue);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(call, Item.ReadValue, Ct));

        Assert.IsNotType<ApiException<ErrorBody>>(ex);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Equal(body, ex.ResponseBody);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.StatusCode);
        Assert.Contains("error body could not be parsed as ErrorBody", ex.Message, StringComparison.Ordinal);
        Assert.Contains(body, ex.Message, StringComparison.Ordinal);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task Error_without_model_is_plain_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(404, """{"detail":"not found"}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendForStringAsync(new ApiCall(HttpMethod.Get, "/v1/missing"), Ct));

        Assert.Equal(typeof(ApiException), ex.GetType());
        Assert.Equal("GET /v1/missing failed with 404 (Not Found): {\"detail\":\"not found\"}", ex.Message);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task Server_echoing_the_key_does_not_leak_it_into_the_message()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("invalid key " + context.Request.Headers["xi-api-key"]);
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("invalid key ***", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"a","count":"many"}""")] // InvalidOperationException from GetInt32 on a string
    [InlineData("""{"id":"a","count":99999999999}""")] // FormatException: does not fit an int
    [InlineData("""{"id":"a",""")] // truncated JSON
    [InlineData("""{"count":1}""")] // missing required property
    [InlineData("""{"id":"a"} trailing""")] // junk after the value
    public async Task Malformed_success_body_becomes_ApiException_not_JsonException(string body)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, body);
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, HeaderAuth, Client);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/items/a"), Item.ReadValue, Ct));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(body, ex.ResponseBody);
        Assert.NotNull(ex.InnerException);
        Assert.StartsWith("GET /v1/items/a returned 200 (OK) but the response body could not be parsed as the expected type Item", ex.Message, StringComparison.Ordinal);
        Assert.Contains(body, ex.Message, StringComparison.Ordinal);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task Empty_success_body_becomes_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Item.ReadValue, Ct));

        Assert.Equal("", ex.ResponseBody);
        Assert.Contains("(empty body)", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task No_content_send_ignores_success_body()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, "not json at all");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);

        await connection.SendAsync(new ApiCall(HttpMethod.Post, "/v1/x"), Ct);

        Assert.Equal("POST", server.SingleRequest.Method);
    }

    [Fact]
    public async Task Stream_and_string_return_raw_body()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, "audio-bytes", "audio/mpeg");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);

        string text = await connection.SendForStringAsync(new ApiCall(HttpMethod.Get, "/v1/a"), Ct);
        await using Stream stream = await connection.SendForStreamAsync(new ApiCall(HttpMethod.Get, "/v1/b"), Ct);
        using StreamReader reader = new(stream);

        Assert.Equal("audio-bytes", text);
        Assert.Equal("audio-bytes", await reader.ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task Stream_failure_throws_ApiException_with_body()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(500, "boom", "text/plain");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, Client);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(
            () => connection.SendForStreamAsync(new ApiCall(HttpMethod.Get, "/v1/b"), Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal("boom", ex.ResponseBody);
    }

    private static void AssertNoSecret(ApiException ex)
    {
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        foreach (var header in ex.Headers)
        {
            Assert.DoesNotContain(header.Value, v => v.Contains(Secret, StringComparison.Ordinal));
        }
    }
}
