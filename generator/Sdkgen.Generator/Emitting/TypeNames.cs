using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>The fully qualified C# spelling of a <see cref="TypeRef"/>.</summary>
internal static class TypeNames
{
    public static string Of(TypeRef type, string ns, bool nullable) => Core(type, ns) + (nullable ? "?" : string.Empty);

    public static string Of(TypeRef type, string ns) => Of(type, ns, type.Nullable);

    /// <summary>The concrete type a reader builds (lists for arrays, dictionaries for maps).</summary>
    public static string Concrete(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.Array => $"global::System.Collections.Generic.List<{Of(type.Element!, ns)}>",
        _ => Core(type, ns),
    };

    public static string Converter(string typeName, string ns) => $"global::{ns}.Serialization.{typeName}JsonConverter";

    private static string Core(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Single => "float",
        TypeKind.Decimal => "decimal",
        TypeKind.Boolean => "bool",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.DateOnly => "global::System.DateOnly",
        TypeKind.Bytes => "byte[]",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{Of(type.Element!, ns)}>",
        TypeKind.Map => $"global::System.Collections.Generic.Dictionary<string, {Of(type.Element!, ns)}>",
        _ => $"global::{ns}.{type.Name}",
    };
}
