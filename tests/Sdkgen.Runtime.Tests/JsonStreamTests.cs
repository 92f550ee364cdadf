using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>Responses that stream JSON values (NDJSON, JSON Lines, concatenated JSON) as IAsyncEnumerable.</summary>
public sealed class JsonStreamTests
{
    [Fact]
    public async Task Each_value_is_yielded_as_soon_as_it_arrives_while_the_response_is_still_open()
    {
        TaskCompletionSource gotFirst = StreamingServer.Signal();
        TaskCompletionSource gotSecond = StreamingServer.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/x-ndjson";
            await context.SendAsync("""{"id":"a","count":1}""" + "\n");
            await context.WaitForAsync(gotFirst);
            await context.SendAsync("""{"id":"b",""");
            await context.SendAsync(""" "count":2}""" + "\r\n\r\n");
            await context.WaitForAsync(gotSecond);
            await context.SendAsync("""{"id":"c","count":3}"""); // the last value needs no newline
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using CancellationTokenSource safetyNet = new(StreamingServer.SafetyNet);
        List<Item> items = [];

        // The server sends value 2 only after the client has value 1: a client that waited for the end would hang.
        await foreach (Item item in connection.SendForJsonStreamAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, safetyNet.Token))
        {
            items.Add(item);
            (items.Count == 1 ? gotFirst : gotSecond).TrySetResult();
        }

        Assert.Equal([new Item("a", 1), new Item("b", 2), new Item("c", 3)], items);
    }

    [Fact]
    public async Task Concatenated_values_json_text_sequences_and_a_byte_order_mark_are_read()
    {
        const string body = "\uFEFF{\"id\":\"a\",\"count\":1}{\"id\":\"b\",\"count\":2} \u001E{\"id\":\"c\",\"count\":3}\n\n";
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, body, "application/json");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        List<Item> items = [];

        await foreach (Item item in connection.SendForJsonStreamAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, CancellationToken.None))
        {
            items.Add(item);
        }

        Assert.Equal(["a", "b", "c"], items.ConvertAll(i => i.Id));
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"count\":1}\n{\"id\":\"b\",\"count\":\"two\"}\n", "value 2 could not be parsed as Item", "{\"id\":\"b\",\"count\":\"two\"}")]
    [InlineData("{\"id\":\"a\",\"count\":1}\nnot json\n", "value 2 could not be parsed as Item", "not json\n")]
    [InlineData("{\"id\":\"a\",\"count\":1}\n{\"id\":\"b\",", "value 2 could not be parsed as Item", "{\"id\":\"b\",")]
    public async Task A_bad_value_becomes_an_ApiException_naming_the_operation_after_the_good_ones(string body, string expected, string value)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, body, "application/x-ndjson");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        List<Item> items = [];

        ApiException ex = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in connection.SendForJsonStreamAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, CancellationToken.None))
            {
                items.Add(item);
            }
        });

        Assert.Equal([new Item("a", 1)], items);
        Assert.StartsWith("GET /v1/stream returned 200 (OK) but streamed " + expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(value, ex.ResponseBody);
        Assert.Equal("application/x-ndjson", Assert.Single(ex.Headers["Content-Type"]));
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public async Task Breaking_out_of_await_foreach_closes_the_response()
    {
        TaskCompletionSource aborted = StreamingServer.Signal();
        await using LoopbackServer server = await StreamingServer.StartOneThenHoldAsync("""{"id":"a","count":1}""" + "\n", aborted);
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        await foreach (Item item in connection.SendForJsonStreamAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, CancellationToken.None))
        {
            Assert.Equal("a", item.Id);
            break;
        }

        await aborted.Task.WaitAsync(StreamingServer.SafetyNet);
    }

    [Fact]
    public async Task The_enumerators_token_cancels_a_read_in_progress()
    {
        TaskCompletionSource aborted = StreamingServer.Signal();
        await using LoopbackServer server = await StreamingServer.StartOneThenHoldAsync("""{"id":"a","count":1}""" + "\n", aborted);
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using CancellationTokenSource cancel = new();
        IAsyncEnumerable<Item> items = connection.SendForJsonStreamAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in items.WithCancellation(cancel.Token))
            {
                cancel.Cancel(); // the server sends nothing more, so only cancellation ends the next read
            }
        });

        await aborted.Task.WaitAsync(StreamingServer.SafetyNet);
    }

    [Fact]
    public async Task Nothing_is_sent_until_enumeration_and_an_error_status_throws_then()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(429, """{"detail":["slow down"]}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Get, "/v1/stream");
        call.AddErrorModel<ErrorBody>(429, ErrorBody.ReadValue);

        IAsyncEnumerable<Item> items = connection.SendForJsonStreamAsync(call, Item.ReadValue, CancellationToken.None);
        Assert.Empty(server.Requests);
        ApiException<ErrorBody> ex = await Assert.ThrowsAsync<ApiException<ErrorBody>>(async () =>
        {
            await foreach (Item item in items)
            {
            }
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal("slow down", Assert.Single(ex.Error.Detail));
    }

    [Fact]
    public async Task With_response_the_headers_come_before_the_values_which_can_be_read_once()
    {
        TaskCompletionSource headersSeen = StreamingServer.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers["x-request-id"] = "req-7";
            context.Response.ContentType = "application/jsonl";
            await context.SendAsync(""); // the headers go out now; the values wait for the client to have seen them
            await context.WaitForAsync(headersSeen);
            await context.SendAsync("1\n2\n3");
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        JsonReadFunc<int> readInt = static (ref Utf8JsonReader reader) => reader.GetInt32();

        ApiResponse<IAsyncEnumerable<int>> response = await connection.SendForJsonStreamWithResponseAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), readInt, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("req-7", Assert.Single(response.Headers["X-Request-Id"]));
        headersSeen.SetResult();
        List<int> values = [];
        await foreach (int value in response.Value)
        {
            values.Add(value);
        }

        Assert.Equal([1, 2, 3], values);
        Assert.Throws<InvalidOperationException>(() => response.Value.GetAsyncEnumerator());
    }

    [Fact]
    public async Task With_response_disposing_an_unread_enumerator_releases_the_response()
    {
        TaskCompletionSource aborted = StreamingServer.Signal();
        await using LoopbackServer server = await StreamingServer.StartOneThenHoldAsync("""{"id":"a","count":1}""" + "\n", aborted);
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        ApiResponse<IAsyncEnumerable<Item>> response = await connection.SendForJsonStreamWithResponseAsync(new ApiCall(HttpMethod.Get, "/v1/stream"), Item.ReadValue, CancellationToken.None);
        await response.Value.GetAsyncEnumerator().DisposeAsync();

        await aborted.Task.WaitAsync(StreamingServer.SafetyNet);
    }
}
