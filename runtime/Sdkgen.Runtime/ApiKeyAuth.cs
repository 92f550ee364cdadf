namespace Sdkgen.Runtime;

/// <summary>Describes one way a credential is attached (a security scheme); holds no secret itself.</summary>
/// <param name="Name">
/// The header, query parameter or cookie that carries the key for <see cref="ApiKeyStyle.Header"/>,
/// <see cref="ApiKeyStyle.Query"/> and <see cref="ApiKeyStyle.Cookie"/>; ignored by the <c>Authorization</c> styles.
/// </param>
/// <param name="Style">How the credential is attached.</param>
public sealed record ApiKeyAuth(string Name, ApiKeyStyle Style);
