using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>Status and headers of successful responses, for JSON, no-content, stream and text results.</summary>
public sealed class ResponseMetadataTests
{
    private const string Secret = "sk-test-SECRET-1234567890";

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_json_result_comes_with_status_and_response_and_content_headers_but_no_request_headers()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 201;
            context.Response.Headers["x-request-id"] = "req-1";
            context.Response.Headers["x-ratelimit"] = new Microsoft.Extensions.Primitives.StringValues(["a", "b"]);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"new","count":2}""");
        });
        using HttpClient http = new();
        ApiConnection connection = new(
            http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Secret }, new ApiKeyAuth("xi-api-key", ApiKeyStyle.Header), "TestClient");
        ApiCall call = new(HttpMethod.Post, "/v1/items");
        call.AddHeader("x-trace", "t1");

        ApiResponse<Item> response = await connection.SendWithResponseAsync(call, Item.ReadValue, Ct);

        Assert.Equal(new Item("new", 2), response.Value);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("req-1", Assert.Single(response.Headers["X-REQUEST-ID"]));
        Assert.Equal(["a", "b"], response.Headers["x-ratelimit"]);
        Assert.Equal("application/json", Assert.Single(response.Headers["content-type"]));
        Assert.False(response.Headers.ContainsKey("xi-api-key"));
        Assert.False(response.Headers.ContainsKey("x-trace"));
        Assert.False(response.Headers.ContainsKey("User-Agent"));
        Assert.DoesNotContain(response.Headers, header => header.Value.Any(value => value.Contains(Secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_no_content_result_keeps_its_status_and_location()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 202;
            context.Response.Headers.Location = "/v1/jobs/42";
            return Task.CompletedTask;
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        ApiResponse response = await connection.SendWithResponseAsync(new ApiCall(HttpMethod.Post, "/v1/jobs"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/v1/jobs/42", Assert.Single(response.Headers["Location"]));
    }

    [Fact]
    public async Task Stream_and_text_results_come_with_their_headers()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers["x-character-count"] = "11";
            context.Response.ContentType = "audio/mpeg";
            await context.Response.WriteAsync("audio-bytes");
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        ApiResponse<Stream> stream = await connection.SendForStreamWithResponseAsync(new ApiCall(HttpMethod.Post, "/v1/tts"), Ct);
        string streamed;
        await using (stream.Value)
        {
            using StreamReader reader = new(stream.Value);
            streamed = await reader.ReadToEndAsync(Ct);
        }

        ApiResponse<string> text = await connection.SendForStringWithResponseAsync(new ApiCall(HttpMethod.Post, "/v1/tts"), Ct);

        Assert.Equal("audio-bytes", streamed);
        Assert.Equal("11", Assert.Single(stream.Headers["x-character-count"]));
        Assert.Equal("audio/mpeg", Assert.Single(stream.Headers["Content-Type"]));
        Assert.Equal("audio-bytes", text.Value);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal("11", Assert.Single(text.Headers["x-character-count"]));
    }

    [Fact]
    public async Task Failures_still_throw_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(404, """{"detail":"missing"}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => connection.SendWithResponseAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Item.ReadValue, Ct));
        await Assert.ThrowsAsync<ApiException>(() => connection.SendForStreamWithResponseAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
    }
}
