using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Sdkgen.Runtime;
using Wire;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The operations of Specs/wire.yaml, sent to a real Kestrel server: bodies, parameter styles, streams, errors, metadata.</summary>
public sealed class WireTests
{
    [Fact]
    public async Task A_form_body_goes_out_as_payment_apis_read_it_brackets_where_declared_and_repeated_keys_for_plain_arrays()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, """{"id":"cus_1"}""");
        using HttpClient http = new();

        Customer customer = await Client(http, server).Customers.CreateCustomerAsync(new CreateCustomerRequest
        {
            Email = "a+b@example.com",
            Metadata = new Dictionary<string, string> { ["plan"] = "pro plus" },
            Expand = ["data.source", "invoice"],
            Events = ["initiated", "completed"],
        });

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("cus_1", customer.Id);
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal(
            "email=a%2Bb%40example.com&metadata%5Bplan%5D=pro%20plus&expand%5B0%5D=data.source&expand%5B1%5D=invoice&events=initiated&events=completed",
            request.BodyText);
    }

    [Fact]
    public async Task Query_header_and_cookie_parameters_follow_their_style_and_are_escaped()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(204, string.Empty, contentType: null);
        using HttpClient http = new();

        await Client(http, server).Customers.ListChargesAsync(
            created: new Wire.Range { Gt = 10, Lte = 20 },
            ids: ["ch 1", "ch_2"],
            tag: ["a&b", "c"],
            xPageSize: 25,
            session: "s1");

        RecordedRequest request = server.SingleRequest;
        Assert.Equal(
            "/v1/charges?created%5Bgt%5D=10&created%5Blte%5D=20&ids=ch%201%7Cch_2&tag=a%26b&tag=c",
            request.RawTarget);
        Assert.Equal("25", request.Headers["X-Page-Size"]);
        Assert.Equal("session=s1", request.Headers["Cookie"]);
    }

    [Fact]
    public async Task A_nullable_list_left_out_sends_nothing_and_a_path_parameter_without_a_schema_is_an_escaped_string()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, "line one\nline two", "text/plain; charset=utf-8");
        using HttpClient http = new();
        WireClient client = Client(http, server);

        string note = await client.Files.GetNoteAsync("a/b c");
        await client.Customers.ListChargesAsync();

        Assert.Equal("line one\nline two", note);
        Assert.Equal("/v1/notes/a%2Fb%20c", server.Requests[0].RawTarget);
        Assert.Equal("text/plain", server.Requests[0].Headers["Accept"]);
        Assert.Equal("/v1/charges", server.Requests[1].RawTarget);
    }

    [Fact]
    public async Task A_multipart_body_sends_the_file_with_its_name_and_type_and_every_other_part_as_text()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, """{"id":"file_1"}""");
        using HttpClient http = new();
        using MemoryStream content = new([1, 2, 3, 255]);

        Customer stored = await Client(http, server).Files.UploadFileAsync(new FileUpload(content, "scan.pdf", "application/pdf"), "evidence", pages: 3, labels: ["x", "y"]);

        Assert.Equal("file_1", stored.Id);
        List<(string Disposition, string? Type, byte[] Body)> parts = await PartsAsync(server.SingleRequest);
        Assert.Equal(5, parts.Count);
        ContentDispositionHeaderValue file = ContentDispositionHeaderValue.Parse(parts[0].Disposition);
        Assert.Equal(("file", "scan.pdf"), (file.Name.Value, file.FileName.Value));
        Assert.Equal("application/pdf", parts[0].Type);
        Assert.Equal([1, 2, 3, 255], parts[0].Body);
        Assert.Equal(
            [("purpose", "evidence"), ("pages", "3"), ("labels", "x"), ("labels", "y")],
            parts.Skip(1).Select(part => (ContentDispositionHeaderValue.Parse(part.Disposition).Name.Value!, Encoding.UTF8.GetString(part.Body))));
    }

    [Fact]
    public async Task A_binary_body_goes_up_as_its_media_type_and_a_binary_response_comes_back_as_a_stream()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = async (context, request) =>
        {
            context.Response.ContentType = "audio/wav";
            await context.Response.Body.WriteAsync(request.Body.ToArray().Reverse().ToArray());
        };
        using HttpClient http = new();
        using MemoryStream audio = new([10, 20, 30]);

        await using Stream converted = await Client(http, server).Files.ConvertAudioAsync(audio);
        using MemoryStream received = new();
        await converted.CopyToAsync(received);

        Assert.Equal([30, 20, 10], received.ToArray());
        Assert.Equal("audio/mpeg", server.SingleRequest.Headers["Content-Type"]);
        Assert.Equal("audio/wav", server.SingleRequest.Headers["Accept"]);
    }

    [Fact]
    public async Task Ndjson_values_arrive_one_by_one_each_before_the_server_sends_the_next()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using Pacer pacer = new(3);
        server.Handler = (context, _) => pacer.ServeAsync(context, "application/x-ndjson", index => $"{{\"index\":{index},\"text\":\"t{index}\"}}\n");
        using HttpClient http = new();
        using CancellationTokenSource deadlockGuard = new(TimeSpan.FromMinutes(1));

        List<long> seen = [];
        await foreach (Chunk chunk in Client(http, server).Streams.StreamLinesAsync(deadlockGuard.Token))
        {
            // The server holds value n+1 back until this one is consumed, so buffering the whole body would hang.
            Assert.Equal(seen.Count, chunk.Index);
            Assert.Equal($"t{chunk.Index}", chunk.Text);
            seen.Add(chunk.Index);
            pacer.Next();
        }

        Assert.Equal([0L, 1L, 2L], seen);
        Assert.Equal("application/x-ndjson", server.SingleRequest.Headers["Accept"]);
    }

    [Fact]
    public async Task Fern_streaming_json_objects_one_after_another_arrive_one_by_one()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using Pacer pacer = new(2);
        server.Handler = (context, _) => pacer.ServeAsync(context, "application/json", index => $"{{\"index\":{index}}}");
        using HttpClient http = new();
        using CancellationTokenSource deadlockGuard = new(TimeSpan.FromMinutes(1));

        List<long> seen = [];
        await foreach (Chunk chunk in Client(http, server).Streams.StreamChunksAsync(deadlockGuard.Token))
        {
            seen.Add(chunk.Index);
            pacer.Next();
        }

        Assert.Equal([0L, 1L], seen);
    }

    [Fact]
    public async Task Server_sent_events_arrive_one_by_one_with_their_type_and_data_read_as_json()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using Pacer pacer = new(2);
        server.Handler = (context, _) => pacer.ServeAsync(context, "text/event-stream", index => $"event: chunk\nid: {index}\ndata: {{\"index\":{index}}}\n\n");
        using HttpClient http = new();
        using CancellationTokenSource deadlockGuard = new(TimeSpan.FromMinutes(1));

        List<string> seen = [];
        await foreach (ServerSentEvent<Chunk> item in Client(http, server).Streams.StreamEventsAsync(deadlockGuard.Token))
        {
            seen.Add($"{item.EventType}#{item.LastEventId}={item.Value!.Index}");
            pacer.Next();
        }

        Assert.Equal(["chunk#0=0", "chunk#1=1"], seen);
        Assert.Equal("text/event-stream", server.SingleRequest.Headers["Accept"]);
    }

    [Fact]
    public async Task Leaving_a_stream_early_closes_the_response()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        TaskCompletionSource aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Handler = async (context, _) =>
        {
            context.Response.ContentType = "application/x-ndjson";
            context.RequestAborted.Register(() => aborted.TrySetResult());
            await context.Response.WriteAsync("{\"index\":0}\n");
            await context.Response.Body.FlushAsync();
            await aborted.Task;
        };
        using HttpClient http = new();
        using CancellationTokenSource deadlockGuard = new(TimeSpan.FromMinutes(1));

        await foreach (Chunk chunk in Client(http, server).Streams.StreamLinesAsync(deadlockGuard.Token))
        {
            Assert.Equal(0L, chunk.Index);
            break;
        }

        // Completes only when the client has closed the connection (disposing the enumerator disposed the response).
        await aborted.Task.WaitAsync(deadlockGuard.Token);
    }

    [Fact]
    public async Task A_4xx_answer_is_the_ranges_typed_error_and_a_5xx_the_default_one()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = new();
        WireClient client = Client(http, server);
        CreateCustomerRequest request = new() { Email = "x@example.com" };

        server.Respond(402, """{"code":"card_declined"}""");
        ApiException<CardError> declined = await Assert.ThrowsAsync<ApiException<CardError>>(() => client.Customers.CreateCustomerAsync(request));
        server.Respond(503, """{"title":"Try later"}""");
        ApiException<Problem> unavailable = await Assert.ThrowsAsync<ApiException<Problem>>(() => client.Customers.CreateCustomerAsync(request));

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Equal("card_declined", declined.Error.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("Try later", unavailable.Error.Title);
    }

    [Fact]
    public async Task WithResponse_overloads_give_the_status_and_headers_for_json_no_content_and_streams()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = new();
        WireClient client = Client(http, server);
        server.ResponseHeaders["Request-Id"] = "req_123";

        server.Respond(201, """{"id":"cus_2"}""");
        ApiResponse<Customer> created = await client.Customers.CreateCustomerWithResponseAsync(new CreateCustomerRequest { Email = "x@example.com" });
        server.Respond(204, string.Empty, contentType: null);
        ApiResponse listed = await client.Customers.ListChargesWithResponseAsync();
        server.Respond(200, "{\"index\":7}\n", "application/x-ndjson");
        ApiResponse<IAsyncEnumerable<Chunk>> streamed = await client.Streams.StreamLinesWithResponseAsync();
        List<long> values = [];
        await foreach (Chunk chunk in streamed.Value)
        {
            values.Add(chunk.Index);
        }

        Assert.Equal((HttpStatusCode.Created, "cus_2", "req_123"), (created.StatusCode, created.Value.Id, created.Headers["request-id"].Single()));
        Assert.Equal((HttpStatusCode.NoContent, "req_123"), (listed.StatusCode, listed.Headers["Request-Id"].Single()));
        Assert.Equal((HttpStatusCode.OK, "req_123"), (streamed.StatusCode, streamed.Headers["Request-Id"].Single()));
        Assert.Equal([7L], values);
    }

    private static WireClient Client(HttpClient http, LoopbackServer server) => new(http, new WireClientOptions { BaseAddress = server.BaseAddress });

    private static async Task<List<(string Disposition, string? Type, byte[] Body)>> PartsAsync(RecordedRequest request)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]).Boundary).Value!;
        MultipartReader reader = new(boundary, new MemoryStream(request.Body.ToArray()));
        List<(string, string?, byte[])> parts = [];
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            using MemoryStream body = new();
            await section.Body.CopyToAsync(body);
            parts.Add((section.ContentDisposition!, section.ContentType, body.ToArray()));
        }

        return parts;
    }

    /// <summary>A server side that sends value n, flushes, and waits until the test has consumed it before sending n+1.</summary>
    private sealed class Pacer(int count) : IDisposable
    {
        private readonly SemaphoreSlim _consumed = new(0);

        public void Next() => _consumed.Release();

        public void Dispose() => _consumed.Dispose();

        public async Task ServeAsync(HttpContext context, string contentType, Func<int, string> value)
        {
            context.Response.ContentType = contentType;
            for (int index = 0; index < count; index++)
            {
                if (index > 0)
                {
                    await _consumed.WaitAsync(context.RequestAborted);
                }

                await context.Response.WriteAsync(value(index), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
    }
}
