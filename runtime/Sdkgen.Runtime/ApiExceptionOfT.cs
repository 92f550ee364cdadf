using System;
using System.Collections.Generic;
using System.Net;

namespace Sdkgen.Runtime;

/// <summary>Thrown when an API call fails with a response whose body was parsed into a declared error model.</summary>
/// <typeparam name="TError">The error model type.</typeparam>
public class ApiException<TError> : ApiException
{
    /// <summary>Creates an exception carrying a parsed error model.</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="reasonPhrase">The response reason phrase.</param>
    /// <param name="responseBody">The full response body.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="error">The parsed error body.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApiException(
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string? responseBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        TError error,
        Exception? innerException = null)
        : base(message, statusCode, reasonPhrase, responseBody, headers, innerException)
    {
        Error = error;
    }

    /// <summary>The parsed error body.</summary>
    public TError Error { get; }
}
