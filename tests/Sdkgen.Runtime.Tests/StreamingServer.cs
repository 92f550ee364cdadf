using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Sdkgen.Runtime.Tests;

/// <summary>Server-side helpers for streamed responses: write a piece and push it onto the wire at once.</summary>
internal static class StreamingServer
{
    /// <summary>How long a test waits for a signal that should come at once: a safety net, not a timing assertion.</summary>
    public static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(1);

    public static async Task SendAsync(this HttpContext context, string text)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    /// <summary>Waits until the client signals, or until it goes away.</summary>
    public static Task WaitForAsync(this HttpContext context, TaskCompletionSource signal) =>
        signal.Task.WaitAsync(SafetyNet, context.RequestAborted);

    /// <summary>Completes <paramref name="aborted"/> once the client closes the response, and holds the response open until then.</summary>
    public static async Task HoldOpenUntilAbortedAsync(this HttpContext context, TaskCompletionSource aborted)
    {
        using CancellationTokenRegistration registration = context.RequestAborted.Register(aborted.SetResult);
        await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>A server that sends <paramref name="first"/>, then holds the response open until the client closes it.</summary>
    public static Task<LoopbackServer> StartOneThenHoldAsync(string first, TaskCompletionSource aborted) =>
        LoopbackServer.StartAsync(async context =>
        {
            await context.SendAsync(first);
            await context.HoldOpenUntilAbortedAsync(aborted);
        });

    public static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
