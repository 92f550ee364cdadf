using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>What every request carries besides its body: the filled path, User-Agent and Accept.</summary>
public sealed class RequestShapeTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Path_placeholders_are_filled_escaped()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Get, "/v1/items/{item_id}/parts/{part}");
        call.SetPathParameter("item_id", "a b/c?");
        call.SetPathParameter("part", "é{x}");

        await connection.SendAsync(call, Ct);

        Assert.Equal("/v1/items/a%20b%2Fc%3F/parts/%C3%A9%7Bx%7D", server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task A_placeholder_without_value_fails_before_sending_and_names_it()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");

        InvalidOperationException ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/items/{item_id}"), Ct));

        Assert.Contains("{item_id}", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task User_agent_names_sdkgen_version_and_client_after_the_callers_own()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("MyApp", "2.0"));
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "PetsClient");

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        string version = typeof(ApiConnection).Assembly.GetName().Version!.ToString(3);
        Assert.Equal($"MyApp/2.0 Sdkgen/{version} (PetsClient)", server.SingleRequest.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Accept_is_json_unless_the_call_expects_another_media_type()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, "a,b", "text/csv");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall csv = new(HttpMethod.Get, "/v1/export") { Accept = "text/csv" };

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);
        await connection.SendForStringAsync(csv, Ct);

        Assert.Equal("application/json", server.Requests[0].Headers["Accept"]);
        Assert.Equal("text/csv", server.Requests[1].Headers["Accept"]);
    }
}
