namespace Sdkgen.Generator.Model;

/// <summary>An extensible enum: a struct holding the wire value, with a named instance per value the spec declares.</summary>
/// <param name="ValueKind"><see cref="TypeKind.String"/>, <see cref="TypeKind.Int32"/>, <see cref="TypeKind.Int64"/> or <see cref="TypeKind.Double"/>.</param>
internal sealed record EnumSpec(string Name, string? Description, bool Deprecated, TypeKind ValueKind, EquatableArray<EnumMemberSpec> Members)
{
    public bool IsString => ValueKind == TypeKind.String;
}

/// <param name="WireValue">The string itself, or a number's JSON text.</param>
internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description, bool Deprecated);
