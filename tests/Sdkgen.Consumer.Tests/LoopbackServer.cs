using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>One request as the server saw it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The decoded path (as Kestrel exposes it).</param>
/// <param name="RawTarget">The request target exactly as sent on the wire, query included.</param>
/// <param name="Query">The query string including the leading '?', or empty.</param>
/// <param name="Headers">Request headers, case-insensitive; repeated values joined with ", ".</param>
/// <param name="Body">The raw body bytes.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RawTarget,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an ephemeral port. Records every request and answers with
/// whatever the test configured (status, body, content type, extra headers, optional delay), or with a
/// custom handler.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    private LoopbackServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Status code of the canned response.</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>Body of the canned response (UTF-8).</summary>
    public string ResponseBody { get; set; } = "{}";

    /// <summary>Content type of the canned response; null sends none.</summary>
    public string? ContentType { get; set; } = "application/json";

    /// <summary>Extra response headers.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Delay before answering; aborted when the client goes away.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>When set, replaces the canned response (the request is still recorded first).</summary>
    public Func<HttpContext, RecordedRequest, Task>? Handler { get; set; }

    /// <summary>Requests received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The only request received; fails when there were none or several.</summary>
    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Configures the canned response.</summary>
    public void Respond(int statusCode, string body, string? contentType = "application/json")
    {
        StatusCode = statusCode;
        ResponseBody = body;
        ContentType = contentType;
    }

    /// <summary>Starts a server and waits until it listens.</summary>
    public static async Task<LoopbackServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        LoopbackServer server = new(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();

        IServerAddressesFeature addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseAddress = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using MemoryStream buffer = new();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);

        Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        string rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        RecordedRequest request = new(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            rawTarget,
            context.Request.QueryString.Value ?? string.Empty,
            headers,
            buffer.ToArray());
        lock (_gate)
        {
            _requests.Add(request);
        }

        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (Handler is { } handler)
        {
            await handler(context, request);
            return;
        }

        context.Response.StatusCode = StatusCode;
        foreach (KeyValuePair<string, string> header in ResponseHeaders)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (ContentType is not null)
        {
            context.Response.ContentType = ContentType;
        }

        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(ResponseBody), context.RequestAborted);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
