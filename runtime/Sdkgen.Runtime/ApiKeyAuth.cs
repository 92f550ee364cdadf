namespace Sdkgen.Runtime;

/// <summary>Describes where an API's key goes; holds no secret itself.</summary>
/// <param name="HeaderName">The header that carries the key for <see cref="ApiKeyStyle.Header"/>; ignored for <see cref="ApiKeyStyle.Bearer"/>.</param>
/// <param name="Style">How the key is attached.</param>
public sealed record ApiKeyAuth(string HeaderName, ApiKeyStyle Style);
