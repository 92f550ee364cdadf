using System;
using System.Collections.Generic;
using System.Net;

namespace Sdkgen.Runtime;

/// <summary>Type-erased error model so <see cref="ApiCall"/> can hold models of different types.</summary>
internal abstract class ErrorModel
{
    public abstract string TypeName { get; }

    /// <summary>Parses the body and builds the typed exception; throws the parser's exception on bad input.</summary>
    public abstract ApiException CreateException(
        ReadOnlySpan<byte> body,
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string responseBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers);
}

/// <summary>An error model backed by a generated reader.</summary>
internal sealed class ErrorModel<TError>(JsonReadFunc<TError> read) : ErrorModel
{
    public override string TypeName => typeof(TError).Name;

    public override ApiException CreateException(
        ReadOnlySpan<byte> body,
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string responseBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        TError error = SdkgenJson.Deserialize(body, read);
        return new ApiException<TError>(message, statusCode, reasonPhrase, responseBody, headers, error);
    }
}
