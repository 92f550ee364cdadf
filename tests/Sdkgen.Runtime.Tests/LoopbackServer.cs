using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>What the server saw, captured exactly as it arrived on the wire.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>A real Kestrel server on 127.0.0.1 with an ephemeral port that records every request.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>A server that records each request (unless <paramref name="record"/> is false) and then calls <paramref name="respond"/>.</summary>
    /// <param name="respond">Answers the request.</param>
    /// <param name="record">False to leave the request body unread for <paramref name="respond"/>, e.g. to read it as it streams in.</param>
    public static async Task<LoopbackServer> StartAsync(RequestDelegate respond, bool record = true)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        LoopbackServer server = new(app);
        app.Run(async context =>
        {
            if (!record)
            {
                await respond(context);
                return;
            }

            using MemoryStream body = new();
            await context.Request.Body.CopyToAsync(body);
            string rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            Dictionary<string, string> headers = context.Request.Headers.ToDictionary(
                h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server._requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, headers, body.ToArray()));
            await respond(context);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Address = new Uri(address);
        return server;
    }

    /// <summary>A server that always answers with the given status, content type and body.</summary>
    public static Task<LoopbackServer> StartAsync(int status, string body, string contentType = "application/json") =>
        StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            if (body.Length > 0)
            {
                // Kestrel rejects any write to a 204 (and drops the connection), so an empty body writes nothing.
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync(body);
            }
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
