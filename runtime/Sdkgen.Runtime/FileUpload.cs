using System;
using System.IO;

namespace Sdkgen.Runtime;

/// <summary>
/// A file to upload as a <c>multipart/form-data</c> part: a stream plus the file name and media type to send with it.
/// </summary>
/// <remarks>
/// The stream is read while the request is sent, never buffered into memory and never disposed by Sdkgen: it stays
/// the caller's to dispose after the call. A seekable stream is sent from its position when the upload was added
/// to a request, again on every send; a stream that cannot seek can be sent once.
/// </remarks>
public sealed class FileUpload
{
    /// <summary>Creates an upload.</summary>
    /// <param name="content">The file's bytes; read when the request is sent, not disposed.</param>
    /// <param name="fileName">The file name the server is told (the part's <c>filename</c>).</param>
    /// <param name="contentType">The file's media type, or null to use the spec's, else <c>application/octet-stream</c>.</param>
    public FileUpload(Stream content, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file's bytes.</summary>
    public Stream Content { get; }

    /// <summary>The file name sent with the part.</summary>
    public string FileName { get; }

    /// <summary>The file's media type, or null when the caller left it to the spec.</summary>
    public string? ContentType { get; }

    /// <summary>Describes the upload without its content.</summary>
    /// <returns>The file name and media type.</returns>
    public override string ToString() => $"{FileName} ({ContentType ?? "no content type"})";
}
