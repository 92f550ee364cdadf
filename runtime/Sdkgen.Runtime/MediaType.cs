using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Sdkgen.Runtime;

/// <summary>Media types for request bodies: checked when the body is set, so a bad one fails at the call site.</summary>
internal static class MediaType
{
    /// <exception cref="ArgumentException">The text is not a valid media type.</exception>
    public static string Checked(string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        return MediaTypeHeaderValue.TryParse(contentType, out _)
            ? contentType
            : throw new ArgumentException($"'{contentType}' is not a valid media type.", nameof(contentType));
    }

    /// <summary>Content over bytes that are not copied; a fresh one per send, since HttpClient disposes what it sent.</summary>
    public static HttpContent Content(ReadOnlyMemory<byte> bytes, string? contentType) =>
        new ReadOnlyMemoryContent(bytes) { Headers = { ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType) } };
}
