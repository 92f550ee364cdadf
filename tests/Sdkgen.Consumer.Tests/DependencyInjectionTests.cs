using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The generated services.AddElevenLabsClient(...): typed client, options, resilience, logging.</summary>
public sealed class DependencyInjectionTests
{
    // Bounds a run in which Retry-After were ignored (the configured delay is a day): it then fails instead of hanging.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_get_answered_503_twice_then_200_succeeds_on_the_third_request_honouring_Retry_After()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = RespondInTurn((503, "{}"), (503, "{}"), (200, Samples.DetailedResponseJson));
        using ServiceProvider provider = Services(server, resilience => resilience.Retry.Delay = TimeSpan.FromDays(1));
        using CancellationTokenSource guard = new(Guard);

        BatchCallDetailedResponse job = await provider.GetRequiredService<ElevenLabsClient>()
            .ConversationalAi.BatchCalls.GetAsync("batchcall_1234567890abcdef", guard.Token);

        Assert.Equal("batchcall_1234567890abcdef", job.Id);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]));
    }

    [Fact]
    public async Task A_post_answered_503_reaches_the_server_once_and_throws()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(503, """{"detail":"try later"}""");
        server.ResponseHeaders["Retry-After"] = "0";
        using ServiceProvider provider = Services(server);

        ApiException error = await Assert.ThrowsAsync<ApiException>(
            () => provider.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]);
    }

    [Fact]
    public async Task A_delete_is_retried_like_a_get()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = RespondInTurn((502, "{}"), (204, string.Empty));
        using ServiceProvider provider = Services(server);

        await provider.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls.DeleteAsync("batch-1");

        Assert.Equal(["DELETE", "DELETE"], server.Requests.Select(request => request.Method));
    }

    [Fact]
    public async Task Options_bind_from_configuration()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.DetailedResponseJson);
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ElevenLabs:BaseAddress"] = server.BaseAddress.ToString(),
                ["ElevenLabs:ApiKey"] = "sk_from_configuration",
            })
            .Build();
        ServiceCollection services = new();
        services.AddElevenLabsClient(configuration.GetSection("ElevenLabs"));
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls.GetAsync("batch-1");

        Assert.Equal("sk_from_configuration", server.SingleRequest.Headers["xi-api-key"]);
        Assert.Equal("/v1/convai/batch-calling/batch-1", server.SingleRequest.Path);
    }

    [Fact]
    public async Task Calls_are_logged_through_the_containers_logger_and_no_log_line_holds_the_key()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Samples.DetailedResponseJson);
        CapturingLoggerProvider logs = new();
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddElevenLabsClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.ApiKey = Samples.ApiKey;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls.GetAsync("batch-7");

        string[] lines = logs.Lines;
        Assert.Contains(lines, line => line.StartsWith("Sdkgen.ElevenLabsClient Debug GET /v1/convai/batch-calling/{batch_id} answered 200 in ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Samples.ApiKey, StringComparison.Ordinal));
        Assert.True(lines.Length > 1, "IHttpClientFactory's own logging was captured too");
    }

    [Fact]
    public async Task Every_request_says_which_sdk_sent_it_and_what_it_accepts()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, "id,status\n", "text/csv");
        using ServiceProvider provider = Services(server);

        await using System.IO.Stream csv = await provider.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls.ExportAsync("batch-1");

        RecordedRequest request = server.SingleRequest;
        Assert.Matches(@"^Sdkgen/\d+\.\d+\.\d+\S* \(ElevenLabsClient\)$", request.Headers["User-Agent"]);
        Assert.Equal("text/csv", request.Headers["Accept"]);
    }

    private static ServiceProvider Services(LoopbackServer server, Action<Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>? resilience = null)
    {
        ServiceCollection services = new();
        services.AddElevenLabsClient(
            options =>
            {
                options.BaseAddress = server.BaseAddress;
                options.ApiKey = Samples.ApiKey;
            },
            resilience);
        return services.BuildServiceProvider();
    }

    /// <summary>Answers the n-th request with the n-th response (the last one repeats), each 5xx with <c>Retry-After: 0</c>.</summary>
    private static Func<Microsoft.AspNetCore.Http.HttpContext, RecordedRequest, Task> RespondInTurn(params (int Status, string Body)[] responses)
    {
        int next = -1;
        return async (context, _) =>
        {
            (int status, string body) = responses[Math.Min(Interlocked.Increment(ref next), responses.Length - 1)];
            context.Response.StatusCode = status;
            if (status >= 500)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        };
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string[] Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue($"{category} {logLevel} {formatter(state, exception)}");
        }
    }
}
