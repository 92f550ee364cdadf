using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ElevenLabs;
using Microsoft.AspNetCore.Http;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The other batch-calling operations: paths, query strings, paging, empty and streamed bodies.</summary>
public sealed class OtherOperationsTests
{
    [Fact]
    public async Task CancelAsync_escapes_the_batch_id_into_one_path_segment()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.VendorResponseJson.Replace("\"status\":\"pending\"", "\"status\":\"cancelled\"", StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CancelAsync("a/b c?d#e");

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/convai/batch-calling/a%2Fb%20c%3Fd%23e/cancel", request.RawTarget);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(0, request.Body.Length);
        Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]);
        Assert.Equal(BatchCallStatus.Cancelled, job.Status);
    }

    [Fact]
    public async Task GetAsync_with_a_null_id_throws_ArgumentNullException_without_sending()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ArgumentNullException ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.ConversationalAi.BatchCalls.GetAsync(null!));

        Assert.Equal("batchId", ex.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ListAsync_sends_only_the_query_parameters_that_are_set()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, """{"batch_calls":[],"has_more":false}""");
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        WorkspaceBatchCallsResponse page = await client.ConversationalAi.BatchCalls.ListAsync(limit: 25, agentId: "agent 1&x=y");
        await client.ConversationalAi.BatchCalls.ListAsync();

        IReadOnlyList<RecordedRequest> requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("GET", requests[0].Method);
        Assert.Equal("/v1/convai/batch-calling/workspace?limit=25&agent_id=agent%201%26x%3Dy", requests[0].RawTarget);
        Assert.Equal("/v1/convai/batch-calling/workspace", requests[1].RawTarget);
        Assert.Empty(page.BatchCalls);
        Assert.False(page.HasMore);
        Assert.Null(page.NextDoc);
    }

    [Fact]
    public async Task ListAllAsync_follows_the_cursor_until_has_more_is_false()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = async (context, request) =>
        {
            string body = context.Request.Query["last_doc"].ToString() switch
            {
                "" => Page(["b1", "b2"], "cursor_1", hasMore: true),
                "cursor_1" => Page(["b3"], "cursor_2", hasMore: true),
                "cursor_2" => Page(["b4"], null, hasMore: false),
                _ => throw new InvalidOperationException("unexpected cursor " + request.Query),
            };
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        };
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        List<string> ids = [];
        await foreach (BatchCallResponse item in client.ConversationalAi.BatchCalls.ListAllAsync(limit: 2))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(["b1", "b2", "b3", "b4"], ids);
        Assert.Equal(
            ["?limit=2", "?limit=2&last_doc=cursor_1", "?limit=2&last_doc=cursor_2"],
            [.. System.Linq.Enumerable.Select(server.Requests, r => r.Query)]);
    }

    [Fact]
    public async Task DeleteAsync_accepts_an_empty_204()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(204, string.Empty, contentType: null);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        await client.ConversationalAi.BatchCalls.DeleteAsync("batchcall_1");

        Assert.Equal("DELETE", server.SingleRequest.Method);
        Assert.Equal("/v1/convai/batch-calling/batchcall_1", server.SingleRequest.Path);
    }

    [Fact]
    public async Task DeleteAsync_surfaces_a_404_as_ApiException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(404, """{"detail":"batch not found"}""");
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => client.ConversationalAi.BatchCalls.DeleteAsync("missing"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("""{"detail":"batch not found"}""", ex.ResponseBody);
    }

    [Fact]
    public async Task ExportAsync_streams_the_csv_body()
    {
        const string Csv = "phone_number,status\n+14155552671,completed\n";
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Csv, "text/csv");
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        await using Stream stream = await client.ConversationalAi.BatchCalls.ExportAsync("batchcall_1");
        using StreamReader reader = new(stream, Encoding.UTF8);

        Assert.Equal(Csv, await reader.ReadToEndAsync());
        Assert.Equal("/v1/convai/batch-calling/batchcall_1/export", server.SingleRequest.Path);
    }

    private static string Page(string[] ids, string? nextDoc, bool hasMore)
    {
        IEnumerable<string> items = System.Linq.Enumerable.Select(ids, id => Samples.VendorResponseJson.Replace("batchcall_1234567890abcdef", id, StringComparison.Ordinal));
        string next = nextDoc is null ? string.Empty : $",\"next_doc\":\"{nextDoc}\"";
        return $"{{\"batch_calls\":[{string.Join(',', items)}]{next},\"has_more\":{(hasMore ? "true" : "false")}}}";
    }
}
