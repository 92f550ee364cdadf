using System.Collections.Generic;
using System.Net;

namespace Sdkgen.Runtime;

/// <summary>A successful response's status and headers together with its content.</summary>
/// <typeparam name="T">The content type.</typeparam>
/// <remarks>
/// When <see cref="Value"/> is a stream or a streamed sequence, it owns the open response: disposing the stream, or
/// enumerating the sequence to its end, breaking out of it or disposing its enumerator, releases the connection.
/// </remarks>
public sealed class ApiResponse<T> : ApiResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="headers">The response and content headers, keyed case-insensitively (never request headers).</param>
    /// <param name="value">The content.</param>
    public ApiResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T value)
        : base(statusCode, headers)
    {
        Value = value;
    }

    /// <summary>The content.</summary>
    public T Value { get; }
}
