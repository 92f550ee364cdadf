using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ClientFeatures;
using Microsoft.AspNetCore.Http;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>Specs/client-features.yaml over real HTTP: servers, security schemes per operation, both cursor styles.</summary>
public sealed class ClientFeaturesTests
{
    private const string Key = "sk-features-0123456789";

    [Fact]
    public void The_options_list_the_specs_servers_with_variables_at_their_defaults()
    {
        Assert.Equal(["http://sdkgen.test:8080/api", "/relative"], FeaturesClientOptions.Servers.Select(server => server.OriginalString));
    }

    [Fact]
    public async Task Without_a_base_address_the_client_sends_to_the_first_server()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, """{"history":[],"has_more":false}""");
        using HttpClient http = ThroughLoopback(server);
        FeaturesClient client = new(http, new FeaturesClientOptions { ApiKey = Key });

        await client.ListHistoryAsync();

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("/api/history", request.RawTarget);
        Assert.Equal("sdkgen.test:8080", request.Headers["Host"]);
        Assert.Equal(Key, request.Headers["X-Key"]);
    }

    [Fact]
    public async Task The_history_cursor_walks_every_page()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = (context, request) => Json(context, context.Request.Query["start_after_history_item_id"].ToString() switch
        {
            "" => """{"history":[{"id":"h1"},{"id":"h2"}],"last_history_item_id":"h2","has_more":true}""",
            "h2" => """{"history":[{"id":"h3"}],"last_history_item_id":"h3","has_more":false}""",
            _ => """{"history":[{"id":"wrong"}],"has_more":false}""",
        });
        using HttpClient http = Samples.CreateHttpClient();
        FeaturesClient client = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress, ApiKey = Key });

        List<string> ids = [];
        await foreach (Item item in client.ListHistoryAllAsync(pageSize: 2))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(["h1", "h2", "h3"], ids);
        Assert.Equal(["/history?page_size=2", "/history?page_size=2&start_after_history_item_id=h2"], server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task An_after_cursor_continues_from_the_last_item_and_the_operation_sends_its_own_key_styles()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = (context, request) => Json(context, context.Request.Query["starting_after"].ToString() switch
        {
            "" => """{"data":[{"id":"a"},{"id":"b"}],"has_more":true}""",
            "b" => """{"data":[{"id":"c"}],"has_more":false}""",
            _ => """{"data":[],"has_more":false}""",
        });
        using HttpClient http = Samples.CreateHttpClient();
        FeaturesClient client = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress, ApiKey = Key });

        List<string> ids = [];
        await foreach (Item item in client.ListItemsAllAsync())
        {
            ids.Add(item.Id);
        }

        Assert.Equal(["a", "b", "c"], ids);
        RecordedRequest second = server.Requests[1];
        Assert.Equal($"/items?starting_after=b&api_key={Key}", second.RawTarget);
        Assert.Equal($"session={Key}", second.Headers["Cookie"]);
        Assert.False(second.Headers.ContainsKey("X-Key"));
    }

    [Fact]
    public async Task An_operation_with_empty_security_sends_no_credential()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(204, string.Empty, contentType: null);
        using HttpClient http = Samples.CreateHttpClient();
        FeaturesClient client = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress, ApiKey = Key, Username = "ada", Password = "pw" });

        await client.GetPublicAsync();

        RecordedRequest request = server.SingleRequest;
        Assert.False(request.Headers.ContainsKey("X-Key"));
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("/public", request.RawTarget);
    }

    [Fact]
    public async Task OAuth2_takes_the_token_provider_and_basic_is_the_alternative_without_one()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(204, string.Empty, contentType: null);
        using HttpClient http = Samples.CreateHttpClient();
        FeaturesClient withToken = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress, AccessTokenProvider = _ => ValueTask.FromResult("oauth-token") });
        FeaturesClient withPassword = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress, Username = "ada", Password = "pw" });

        await withToken.GetWithTokenAsync();
        await withPassword.GetWithTokenAsync();
        await withToken.GetWithBearerAsync();

        Assert.Equal(
            ["Bearer oauth-token", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ada:pw")), "Bearer oauth-token"],
            server.Requests.Select(request => request.Headers["Authorization"]));
    }

    [Fact]
    public async Task A_key_passed_as_an_argument_is_masked_in_the_exception_message()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = async (context, request) =>
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("token " + context.Request.Headers["X-Admin-Token"] + " is not allowed");
        };
        using HttpClient http = Samples.CreateHttpClient();
        FeaturesClient client = new(http, new FeaturesClientOptions { BaseAddress = server.BaseAddress });

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => client.EchoSecretAsync("admin-secret-42"));

        Assert.Equal("admin-secret-42", server.SingleRequest.Headers["X-Admin-Token"]);
        Assert.DoesNotContain("admin-secret-42", ex.Message, StringComparison.Ordinal);
        Assert.Contains("token *** is not allowed", ex.Message, StringComparison.Ordinal);
    }

    private static Task Json(HttpContext context, string body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    /// <summary>An HttpClient without a base address whose every connection, whatever the host, reaches the loopback server.</summary>
    private static HttpClient ThroughLoopback(LoopbackServer server) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            Socket socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.BaseAddress.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });
}
