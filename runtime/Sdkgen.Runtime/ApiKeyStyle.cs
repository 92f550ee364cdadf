namespace Sdkgen.Runtime;

/// <summary>How a credential from the options is attached to a request.</summary>
public enum ApiKeyStyle
{
    /// <summary><see cref="ApiClientOptions.ApiKey"/> verbatim in a named header, e.g. <c>xi-api-key: KEY</c>.</summary>
    Header,

    /// <summary>
    /// <c>Authorization: Bearer TOKEN</c>, the token from <see cref="ApiClientOptions.AccessTokenProvider"/> when set,
    /// else <see cref="ApiClientOptions.ApiKey"/>.
    /// </summary>
    Bearer,

    /// <summary><see cref="ApiClientOptions.ApiKey"/> as a named query parameter, e.g. <c>?api_key=KEY</c>.</summary>
    Query,

    /// <summary><see cref="ApiClientOptions.ApiKey"/> as a named cookie.</summary>
    Cookie,

    /// <summary>
    /// <c>Authorization: Basic …</c> from <see cref="ApiClientOptions.Username"/> and <see cref="ApiClientOptions.Password"/>
    /// (an absent password is empty).
    /// </summary>
    Basic,
}
