using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Model;

/// <summary>The API's credentials.</summary>
/// <param name="HeaderName">A key header the options supply, so no operation takes it as a parameter; null when none.</param>
/// <param name="Security">What every operation sends unless its own <see cref="OperationSpec.Security"/> says otherwise.</param>
/// <param name="Schemes">Every scheme any operation uses, in a stable order: which credentials the options document.</param>
internal sealed record AuthSpec(string? HeaderName, SecuritySpec Security, EquatableArray<AuthScheme> Schemes);

/// <summary>Everything the emitters need for one spec file; equatable so unchanged specs are never re-emitted.</summary>
/// <param name="Accessibility">"public" or "internal", for every generated type.</param>
/// <param name="Servers">The spec's server URLs, variables filled from their defaults (relative ones stay relative).</param>
internal sealed record ApiSpec(
    string Namespace,
    string ClientName,
    string? Title,
    string? Description,
    AuthSpec? Auth,
    EquatableArray<RecordSpec> Records,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<UnionSpec> Unions,
    EquatableArray<ObjectUnionSpec> ObjectUnions,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string Accessibility = "public",
    EquatableArray<string> Servers = default);
