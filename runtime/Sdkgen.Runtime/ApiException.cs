using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net;

namespace Sdkgen.Runtime;

/// <summary>Thrown when an API call fails or its response cannot be understood.</summary>
public class ApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new ReadOnlyDictionary<string, IReadOnlyList<string>>(new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Creates an exception with a default message.</summary>
    public ApiException()
        : this("The API call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ApiException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApiException(string message, Exception? innerException)
        : this(message, default, null, null, NoHeaders, innerException)
    {
    }

    /// <summary>Creates an exception describing an HTTP response.</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="reasonPhrase">The response reason phrase.</param>
    /// <param name="responseBody">The full response body.</param>
    /// <param name="headers">The response and content headers (never request headers).</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApiException(
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string? responseBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(headers);
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        ResponseBody = responseBody;
        Headers = headers;
    }

    /// <summary>The response status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response reason phrase, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The full response body, if one was read.</summary>
    public string? ResponseBody { get; }

    /// <summary>Response and content headers, keyed case-insensitively. Request headers are never included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}
