namespace Sdkgen.Generator.Model;

/// <summary>A <c>oneOf</c> of primitives, serialised as the bare JSON value. Cases are primitive <see cref="TypeKind"/>s.</summary>
internal sealed record UnionSpec(string Name, string? Description, EquatableArray<UnionCaseSpec> Cases);

internal sealed record UnionCaseSpec(string Name, TypeKind Kind);
