namespace Sdkgen.Runtime;

/// <summary>How an API key is attached to a request.</summary>
public enum ApiKeyStyle
{
    /// <summary>The key is sent verbatim in a named header, e.g. <c>xi-api-key: KEY</c>.</summary>
    Header,

    /// <summary>The key is sent as <c>Authorization: Bearer KEY</c>.</summary>
    Bearer,
}
