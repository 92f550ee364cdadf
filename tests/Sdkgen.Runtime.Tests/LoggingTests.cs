using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>Each call is logged once at Debug with its method, path template, status and duration, never a key or value.</summary>
public sealed class LoggingTests
{
    private const string Secret = "sk-log-SECRET-0987654321";

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_call_is_logged_with_template_status_and_duration_and_no_key_or_values()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(404, """{"detail":"no such item"}""");
        using CapturingLoggerProvider logs = new();
        using ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        using HttpClient http = new();
        ApiClientOptions options = new() { BaseAddress = server.Address, ApiKey = Secret, LoggerFactory = loggerFactory };
        ApiConnection connection = new(http, options, new ApiKeyAuth("xi-api-key", ApiKeyStyle.Header), "PetsClient");
        ApiCall call = new(HttpMethod.Get, "/v1/items/{item_id}");
        call.SetPathParameter("item_id", "item-42");
        call.AddQuery("token", "query-value-7");

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => connection.SendAsync(call, Ct));

        LogEntry entry = Assert.Single(logs.Entries);
        Assert.Equal("Sdkgen.PetsClient", entry.Category);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Matches(@"^GET /v1/items/\{item_id\} answered 404 in \d+\.\d ms$", entry.Message);
        foreach (string text in new[] { entry.Message, error.Message, error.ToString(), options.ToString() })
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("item-42", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("query-value-7", entry.Message, StringComparison.Ordinal);
        Assert.Equal(Secret, server.SingleRequest.Headers["xi-api-key"]);
    }

    [Fact]
    public async Task A_transport_failure_is_logged_with_its_exception()
    {
        Uri closed;
        await using (LoopbackServer server = await LoopbackServer.StartAsync(204, ""))
        {
            closed = server.Address;
        }

        using CapturingLoggerProvider logs = new();
        using ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = closed, LoggerFactory = loggerFactory }, null, "PetsClient");

        await Assert.ThrowsAsync<HttpRequestException>(() => connection.SendAsync(new ApiCall(HttpMethod.Delete, "/v1/items/{item_id}").With("item_id", "x"), Ct));

        LogEntry entry = Assert.Single(logs.Entries);
        Assert.StartsWith("DELETE /v1/items/{item_id} failed after ", entry.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(entry.Exception);
    }

    [Fact]
    public async Task Nothing_is_logged_above_debug()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using CapturingLoggerProvider logs = new();
        using ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address, LoggerFactory = loggerFactory }, null, "PetsClient");

        await connection.SendAsync(new ApiCall(HttpMethod.Get, "/v1/x"), Ct);

        Assert.Empty(logs.Entries);
        Assert.Single(server.Requests);
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

/// <summary>Keeps every log line written through it, for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public LogEntry[] Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

internal static class ApiCallTestExtensions
{
    public static ApiCall With(this ApiCall call, string name, string value)
    {
        call.SetPathParameter(name, value);
        return call;
    }
}
