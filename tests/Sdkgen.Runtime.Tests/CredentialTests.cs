using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>Security schemes as the spec declares them: where each credential goes, which alternative is sent, and masking.</summary>
public sealed class CredentialTests
{
    private const string Key = "sk-test-KEY-0123456789";
    private const string Client = "TestClient";

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task An_api_key_goes_into_the_query_or_a_cookie_as_the_scheme_says()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiSecurity security = new([[new("api key", ApiKeyStyle.Query), new("session", ApiKeyStyle.Cookie)]]);
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Key + "; x" }, security, Client, null);
        ApiCall call = new(HttpMethod.Get, "/v1/items");
        call.AddQuery("limit", "5");
        call.AddCookie("theme", "dark");

        await connection.SendAsync(call, Ct);

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("/v1/items?limit=5&api%20key=" + Key + "%3B%20x", request.RawTarget);
        Assert.Equal("theme=dark; session=" + Key + "%3B%20x", request.Headers["Cookie"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Basic_sends_the_user_name_and_password()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(
            http, new ApiClientOptions { BaseAddress = server.Address, Username = "ada", Password = "p:w" }, new ApiSecurity([[new("Authorization", ApiKeyStyle.Basic)]]), Client, null);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ada:p:w")), server.SingleRequest.Headers["Authorization"]);
    }

    [Fact]
    public async Task The_token_provider_is_asked_for_every_request_and_wins_over_the_key()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        int issued = 0;
        ApiClientOptions options = new()
        {
            BaseAddress = server.Address,
            ApiKey = Key,
            AccessTokenProvider = _ => ValueTask.FromResult("token-" + Interlocked.Increment(ref issued)),
        };
        ApiConnection connection = new(http, options, new ApiSecurity([[new("Authorization", ApiKeyStyle.Bearer)]]), Client, null);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);
        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], [server.Requests[0].Headers["Authorization"], server.Requests[1].Headers["Authorization"]]);
    }

    [Fact]
    public async Task The_first_alternative_whose_credentials_are_all_set_is_sent()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiSecurity security = new([[new("Authorization", ApiKeyStyle.Basic)], [new("X-Key", ApiKeyStyle.Header), new("key", ApiKeyStyle.Query)]]);
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Key }, security, Client, null);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        RecordedRequest request = server.SingleRequest;
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal(Key, request.Headers["X-Key"]);
        Assert.Equal("/v1/x?key=" + Key, request.RawTarget);
    }

    [Fact]
    public async Task An_operation_without_security_sends_no_credential()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(
            http, new ApiClientOptions { BaseAddress = server.Address, ApiKey = Key }, new ApiSecurity([[new("X-Key", ApiKeyStyle.Header)]]), Client, null);

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/public") { Security = ApiSecurity.None }, Ct);
        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/private"), Ct);

        Assert.False(server.Requests[0].Headers.ContainsKey("X-Key"));
        Assert.Equal(Key, server.Requests[1].Headers["X-Key"]);
    }

    [Fact]
    public async Task Every_credential_is_masked_in_exception_messages_even_one_passed_as_an_argument()
    {
        // A server that echoes every credential it received into its error body.
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync($"bad {context.Request.Headers["X-Key"]} {context.Request.Headers["Authorization"]} {context.Request.Headers["X-Arg-Token"]} {context.Request.Path}");
        });
        using HttpClient http = new();
        ApiClientOptions options = new()
        {
            BaseAddress = server.Address,
            ApiKey = "sk-options-key",
            Username = "ada",
            Password = "pw-secret",
            AccessTokenProvider = _ => ValueTask.FromResult("provided-token"),
        };
        ApiSecurity security = new([[new("X-Key", ApiKeyStyle.Header), new("Authorization", ApiKeyStyle.Bearer)]]);
        ApiConnection connection = new(http, options, security, Client, null);
        ApiCall call = new(HttpMethod.Get, "/v1/{id}");
        call.SetPathParameter("id", "argument-token");
        call.AddHeader("X-Arg-Token", "argument-token");
        call.AddSecret("argument-token");

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(call, Ct));

        Assert.DoesNotContain("sk-options-key", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("provided-token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("argument-token", ex.Message, StringComparison.Ordinal);
        Assert.Contains("bad *** Bearer *** *** /v1/***", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_base_address_the_specs_first_server_is_used()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions(), ApiSecurity.None, Client, new Uri(server.Address, "/base"));

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.Equal("/base/v1/x", server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task A_relative_first_server_is_no_base_address_and_the_error_names_it()
    {
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions(), ApiSecurity.None, Client, new Uri("/api/v3", UriKind.Relative));

        InvalidOperationException ex = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.SendAsync(new ApiCall(HttpMethod.Get, "/pets"), Ct));

        Assert.Contains("'/api/v3'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
    }
}
