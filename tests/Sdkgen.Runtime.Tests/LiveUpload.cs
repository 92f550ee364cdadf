using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Sdkgen.Runtime.Tests;

/// <summary>
/// A server and an upload stream that prove a request body is streamed: the stream yields <c>FIRST</c>, then waits
/// until the server has received those bytes before yielding <c>-SECOND</c>. A client that buffered the body
/// before sending would wait forever (the test's safety net then fails it).
/// </summary>
internal sealed class LiveUpload : IAsyncDisposable
{
    private const string First = "FIRST";

    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveUpload() => Stream = new GatedStream(Encoding.ASCII.GetBytes(First), _firstArrived.Task, Encoding.ASCII.GetBytes("-SECOND"));

    public LoopbackServer Server { get; private set; } = null!;

    public GatedStream Stream { get; }

    /// <summary>The body as the server received it.</summary>
    public string Received { get; private set; } = "";

    public static async Task<LiveUpload> StartAsync()
    {
        LiveUpload upload = new();
        upload.Server = await LoopbackServer.StartAsync(
            async context =>
            {
                upload.Received = await upload.ReadAsync(context.Request.Body);
                context.Response.StatusCode = 204;
            },
            record: false);
        return upload;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Stream.DisposeAsync();
    }

    /// <summary>Reads the whole body as it arrives, opening the gate as soon as the first bytes are in.</summary>
    private async Task<string> ReadAsync(Stream body)
    {
        using MemoryStream received = new();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received.Write(buffer, 0, read);
            if (Encoding.Latin1.GetString(received.ToArray()).Contains(First, StringComparison.Ordinal))
            {
                _firstArrived.TrySetResult();
            }
        }

        return Encoding.Latin1.GetString(received.ToArray());
    }
}
