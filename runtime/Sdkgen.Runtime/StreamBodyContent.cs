using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>
/// Content that copies a <see cref="StreamBody"/> to the connection. Unlike StreamContent it leaves the stream open
/// when it is disposed: the stream belongs to the caller.
/// </summary>
internal sealed class StreamBodyContent(StreamBody body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        body.CopyToAsync(stream, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        body.CopyToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length ?? 0;
        return body.Length is not null;
    }
}
