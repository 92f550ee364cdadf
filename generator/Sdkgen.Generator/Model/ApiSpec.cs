using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Model;

/// <summary>How the API key travels: a named header or <c>Authorization: Bearer</c>.</summary>
internal sealed record AuthSpec(string HeaderName, bool Bearer);

/// <summary>Everything the emitters need for one spec file; equatable so unchanged specs are never re-emitted.</summary>
/// <param name="Accessibility">"public" or "internal", for every generated type.</param>
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
    string Accessibility = "public");
