using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>
/// A caller's stream sent as a request body or part: copied straight to the connection, never buffered and never
/// disposed. A seekable stream goes back to its starting position for each send; any other can be sent once.
/// </summary>
internal sealed class StreamBody
{
    private readonly Stream _stream;
    private readonly long? _start;
    private int _sends;

    public StreamBody(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _start = stream.CanSeek ? stream.Position : null;
    }

    /// <summary>The bytes left to send, when the stream knows its length.</summary>
    public long? Length => _start is long start ? _stream.Length - start : null;

    /// <summary>A fresh content per send, since HttpClient disposes the content it sent.</summary>
    public HttpContent CreateContent(string contentType) =>
        new StreamBodyContent(this) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };

    public async Task CopyToAsync(Stream target, CancellationToken cancellationToken)
    {
        if (_start is long start)
        {
            _stream.Position = start;
        }
        else if (Interlocked.Increment(ref _sends) > 1)
        {
            throw new InvalidOperationException("The request body stream cannot seek, so it was sent once and cannot be sent again.");
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);

                // What has been read goes out now, so a live source (a microphone, a pipe) is not held back.
                await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
