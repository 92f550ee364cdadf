using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The bundled spec's client as a newcomer writes it: its documented server, and the key on every operation.</summary>
public sealed class ElevenLabsClientDefaultsTests
{
    [Fact]
    public async Task A_client_built_without_a_base_address_talks_to_the_vendors_documented_server()
    {
        RecordingHandler handler = new();
        using HttpClient http = new(handler);
        ElevenLabsClient client = new(http, new ElevenLabsClientOptions { ApiKey = Samples.ApiKey });

        await client.ConversationalAi.BatchCalls.ListAsync(limit: 1);

        Assert.Equal("https://api.elevenlabs.io/v1/convai/batch-calling/workspace?limit=1", Assert.Single(handler.Uris).AbsoluteUri);
        Assert.Equal(["https://api.elevenlabs.io/"], ElevenLabsClientOptions.Servers.Select(server => server.AbsoluteUri));
    }

    [Fact]
    public async Task The_options_key_reaches_every_operation_that_declares_the_key_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = async (context, request) =>
        {
            (int status, string body) = context.Request.Path.Value switch
            {
                "/v1/convai/batch-calling/workspace" => (200, """{"batch_calls":[],"has_more":false}"""),
                "/v1/convai/batch-calling/job_1" when request.Method == "DELETE" => (204, ""),
                "/v1/convai/batch-calling/job_1" => (200, Samples.DetailedResponseJson),
                "/v1/convai/batch-calling/job_1/export" => (200, "id\n"),
                _ => (200, Samples.VendorResponseJson),
            };
            context.Response.StatusCode = status;
            context.Response.ContentType = status == 204 ? null : "application/json";
            await context.Response.WriteAsync(body);
        };
        using HttpClient http = Samples.CreateHttpClient();
        ConversationalAiBatchCallsClient calls = Samples.CreateClient(http, server).ConversationalAi.BatchCalls;

        await calls.CreateAsync(Samples.ReadmeRequest());
        await calls.ListAsync();
        await calls.GetAsync("job_1");
        await calls.CancelAsync("job_1");
        await calls.RetryAsync("job_1");
        await calls.DeleteAsync("job_1");
        await (await calls.ExportAsync("job_1")).DisposeAsync();

        // The spec declares xi-api-key on all seven; none of them takes it as an argument.
        Assert.Equal(7, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]));
        Assert.DoesNotContain(
            typeof(ConversationalAiBatchCallsClient).GetMethods().SelectMany(method => method.GetParameters()),
            parameter => parameter.Name == "xiApiKey");
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Uri> Uris { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"batch_calls":[],"has_more":false}""", System.Text.Encoding.UTF8, "application/json"),
            });
        }
    }
}
