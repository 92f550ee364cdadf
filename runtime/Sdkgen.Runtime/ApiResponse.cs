using System;
using System.Collections.Generic;
using System.Net;

namespace Sdkgen.Runtime;

/// <summary>
/// The status and headers of a successful response, for callers who need more than its content: request ids,
/// rate-limit headers, a <c>Location</c>.
/// </summary>
public class ApiResponse
{
    /// <summary>Creates a response description.</summary>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="headers">The response and content headers, keyed case-insensitively (never request headers).</param>
    public ApiResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        Headers = headers;
    }

    /// <summary>The response status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Response and content headers, keyed case-insensitively. Request headers are never included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}
