namespace Sdkgen.Generator.Model;

internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    Boolean,
    DateTimeOffset,
    Guid,

    /// <summary><c>format: date</c>: <c>DateOnly</c>, written as yyyy-MM-dd.</summary>
    DateOnly,

    /// <summary><c>format: byte</c>: base64 text on the wire, <c>byte[]</c> in C#.</summary>
    Bytes,

    /// <summary>Arbitrary JSON (free-form objects, unsupported shapes): <c>JsonElement</c>.</summary>
    Json,
    Array,
    Map,
    Record,
    Enum,

    /// <summary>A oneOf of primitives: a generated readonly struct.</summary>
    Union,

    /// <summary>A oneOf of objects: a generated sealed class holding one variant record.</summary>
    ObjectUnion,
}

/// <summary>The C# shape of a schema use: a primitive, a generated type by name, or a collection of another <see cref="TypeRef"/>.</summary>
/// <param name="Validates">
/// For records and object unions: the type has a Validate method (a request can carry it and it has something to check).
/// For enums: the enum is string-backed, so its <c>default</c> holds no value and a required one is checked for it.
/// </param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null, bool Nullable = false, bool Validates = false)
{
    public static TypeRef Of(TypeKind kind) => new(kind);

    public TypeRef AsNullable() => Nullable ? this : this with { Nullable = true };

    /// <summary>The type without null (itself when it already is: most are, and emitters ask for every member).</summary>
    public TypeRef AsNonNullable() => Nullable ? this with { Nullable = false } : this;

    /// <summary>Generated enums and unions are structs: their nullable form is <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Kind is not (TypeKind.String or TypeKind.Bytes or TypeKind.Array or TypeKind.Map or TypeKind.Record or TypeKind.ObjectUnion);
}
