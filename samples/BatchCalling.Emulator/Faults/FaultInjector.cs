using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator.Http;
using BatchCalling.Emulator.Simulation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BatchCalling.Emulator.Faults;

/// <summary>
/// Middleware that gives some requests a fault: 429/503 before the request is processed, or a dropped connection
/// or a never-ending wait after it was (so a submit really created its batch and the client cannot know).
/// Whether request n gets a fault depends only on the seed and n; the options can be swapped while running.
/// </summary>
internal sealed class FaultInjector(FaultOptions options, Action<InjectedFault>? onFault)
{
    private readonly List<InjectedFault> _log = [];
    private FaultOptions _options = options;
    private long _requests;

    public FaultOptions Options
    {
        get => Volatile.Read(ref _options);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            value.Check();
            Volatile.Write(ref _options, value);
        }
    }

    public IReadOnlyList<InjectedFault> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        long request = Interlocked.Increment(ref _requests);
        FaultOptions options = Options;
        if (Pick(options, request, context.Request.Method) is not FaultKind kind)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        InjectedFault fault = new(request, context.Request.Method, context.Request.Path, kind);
        lock (_log)
        {
            _log.Add(fault);
        }

        onFault?.Invoke(fault);
        switch (kind)
        {
            case FaultKind.TooManyRequests:
                await RefuseAsync(context, StatusCodes.Status429TooManyRequests, "Too many concurrent requests", options).ConfigureAwait(false);
                break;
            case FaultKind.ServiceUnavailable:
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable", options).ConfigureAwait(false);
                break;
            default:
                await ProcessWithoutAnswerAsync(context, next, waitForClient: kind == FaultKind.Timeout).ConfigureAwait(false);
                break;
        }
    }

    private static FaultKind? Pick(FaultOptions options, long request, string method)
    {
        if (options.Rate <= 0 || (options.Methods.Count > 0 && !options.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        ulong h = SplitMix.Mix(SplitMix.Mix((ulong)(uint)options.Seed) ^ (ulong)request);
        return SplitMix.Unit(h) < options.Rate ? options.Kinds[(int)(SplitMix.Mix(h) % (ulong)options.Kinds.Count)] : null;
    }

    private static Task RefuseAsync(HttpContext context, int status, string detail, FaultOptions options)
    {
        context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return JsonResponses.WriteDetailAsync(context, status, detail);
    }

    private static async Task ProcessWithoutAnswerAsync(HttpContext context, RequestDelegate next, bool waitForClient)
    {
        // The endpoint runs and changes state as usual; only its answer goes nowhere.
        context.Response.Body = Stream.Null;
        await next(context).ConfigureAwait(false);
        if (waitForClient)
        {
            // Until the client gives up, or the emulator stops.
            CancellationToken stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using CancellationTokenSource either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await Task.Delay(Timeout.InfiniteTimeSpan, either.Token).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        context.Abort();
    }
}
