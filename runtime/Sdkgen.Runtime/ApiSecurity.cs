using System;
using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Runtime;

/// <summary>
/// The credentials an operation takes, as OpenAPI's security requirements say: alternatives, each a set of schemes sent
/// together. A request carries the first alternative whose every credential is set on the options, or none.
/// </summary>
public sealed class ApiSecurity
{
    private readonly ApiKeyAuth[][] _alternatives;

    /// <summary>Creates the requirements.</summary>
    /// <param name="alternatives">Each alternative's schemes; no alternative means the operation sends no credential.</param>
    public ApiSecurity(params ApiKeyAuth[][] alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        _alternatives = [.. alternatives.Select(alternative => (ApiKeyAuth[])[.. alternative])];
    }

    /// <summary>An operation that sends no credential (<c>security: []</c>).</summary>
    public static ApiSecurity None { get; } = new();

    /// <summary>The alternatives, in the spec's order.</summary>
    public IReadOnlyList<IReadOnlyList<ApiKeyAuth>> Alternatives => _alternatives;
}
