using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime.Tests;

/// <summary>
/// A read-only, non-seekable stream that yields <c>first</c>, then waits for <c>gate</c> before yielding
/// <c>second</c>. Whoever reads it to the end before the gate opens would wait forever: a request body sent with it
/// proves the body is streamed, not buffered, when the server opens the gate after the first bytes arrive.
/// </summary>
internal sealed class GatedStream(byte[] first, Task gate, byte[] second) : Stream
{
    private int _stage;

    public bool Disposed { get; private set; }

    public override bool CanRead => !Disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        switch (_stage++)
        {
            case 0:
                first.CopyTo(buffer);
                return first.Length;
            case 1:
                await gate.WaitAsync(cancellationToken);
                second.CopyTo(buffer);
                return second.Length;
            default:
                return 0;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
