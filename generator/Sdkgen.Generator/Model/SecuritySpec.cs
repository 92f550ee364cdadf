namespace Sdkgen.Generator.Model;

/// <summary>One way a credential is attached (a security scheme).</summary>
/// <param name="Name">The header, query parameter or cookie that carries an API key; "Authorization" otherwise.</param>
/// <param name="Style">The runtime's <c>ApiKeyStyle</c> member: Header, Query, Cookie, Bearer or Basic.</param>
internal sealed record AuthScheme(string Name, string Style);

/// <summary>One security requirement: schemes sent together.</summary>
internal sealed record SecurityAlternative(EquatableArray<AuthScheme> Schemes);

/// <summary>OpenAPI's security requirements: the first alternative whose credentials are set is sent; none means no credential.</summary>
internal sealed record SecuritySpec(EquatableArray<SecurityAlternative> Alternatives)
{
    public static SecuritySpec None { get; } = new(EquatableArray<SecurityAlternative>.Empty);

    public static SecuritySpec Of(AuthScheme scheme) => new(new[] { new SecurityAlternative(new[] { scheme }.ToEquatableArray()) }.ToEquatableArray());
}
