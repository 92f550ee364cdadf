using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary><c>text/event-stream</c> responses as IAsyncEnumerable of Server-Sent Events.</summary>
public sealed class EventStreamTests
{
    [Fact]
    public async Task Events_arrive_one_by_one_with_type_id_retry_and_data_read_when_it_is_json()
    {
        TaskCompletionSource gotFirst = StreamingServer.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.SendAsync("event: delta\nid: 1\ndata: {\"id\":\"a\",\"count\":1}\n\n");
            await context.WaitForAsync(gotFirst);
            await context.SendAsync(": keep-alive comment\n\n");
            await context.SendAsync("data: line one\r\ndata:line two\r\n\r\n");
            await context.SendAsync("retry: 3000\ndata: {\"id\":\"b\",\ndata:  \"count\":2}\n\n");
            await context.SendAsync("id: 7\ndata: [DONE]\n\n");
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using CancellationTokenSource safetyNet = new(StreamingServer.SafetyNet);
        List<ServerSentEvent<Item>> events = [];

        // The server sends event 2 only after the client has event 1.
        await foreach (ServerSentEvent<Item> item in connection.SendForEventStreamAsync(new ApiCall(HttpMethod.Get, "/v1/events") { Accept = "text/event-stream" }, Item.ReadValue, safetyNet.Token))
        {
            events.Add(item);
            gotFirst.TrySetResult();
        }

        Assert.Equal(4, events.Count);
        Assert.Equal(("delta", "1", (TimeSpan?)null, true), (events[0].EventType, events[0].LastEventId, events[0].Retry, events[0].HasValue));
        Assert.Equal(new Item("a", 1), events[0].Value);
        Assert.Equal(("message", "1", "line one\nline two", false), (events[1].EventType, events[1].LastEventId, events[1].Data, events[1].HasValue));
        Assert.Null(events[1].Value);
        Assert.Equal(TimeSpan.FromSeconds(3), events[2].Retry);
        Assert.Equal("{\"id\":\"b\",\n \"count\":2}", events[2].Data);
        Assert.Equal(new Item("b", 2), events[2].Value);
        Assert.Equal(("7", "[DONE]", false), (events[3].LastEventId, events[3].Data, events[3].HasValue));
        Assert.Equal("text/event-stream", server.SingleRequest.Headers["Accept"]);
    }

    [Fact]
    public async Task Json_data_the_reader_rejects_becomes_an_ApiException_naming_the_operation_and_event()
    {
        const string body = "data: {\"id\":\"a\",\"count\":1}\n\nevent: delta\ndata: {\"count\":2}\n\n";
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, body, "text/event-stream");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        List<ServerSentEvent<Item>> events = [];

        ApiException ex = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (ServerSentEvent<Item> item in connection.SendForEventStreamAsync(new ApiCall(HttpMethod.Post, "/v1/chat"), Item.ReadValue, CancellationToken.None))
            {
                events.Add(item);
            }
        });

        Assert.Single(events);
        Assert.StartsWith("POST /v1/chat returned 200 (OK) but streamed the data of event 2 ('delta') could not be parsed as Item: Missing required property 'id'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("{\"count\":2}", ex.ResponseBody);
    }

    [Fact]
    public async Task With_response_the_status_and_headers_come_first_and_breaking_out_closes_the_response()
    {
        TaskCompletionSource aborted = StreamingServer.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 201;
            context.Response.Headers["x-ratelimit-remaining"] = "99";
            context.Response.ContentType = "text/event-stream";
            await context.SendAsync("data: {\"id\":\"a\",\"count\":1}\n\n");
            await context.HoldOpenUntilAbortedAsync(aborted);
        });
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        ApiResponse<IAsyncEnumerable<ServerSentEvent<Item>>> response =
            await connection.SendForEventStreamWithResponseAsync(new ApiCall(HttpMethod.Get, "/v1/events"), Item.ReadValue, CancellationToken.None);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("99", Assert.Single(response.Headers["X-RateLimit-Remaining"]));
        await foreach (ServerSentEvent<Item> item in response.Value)
        {
            Assert.Equal("a", item.Value!.Id);
            break;
        }

        await aborted.Task.WaitAsync(StreamingServer.SafetyNet);
    }
}
