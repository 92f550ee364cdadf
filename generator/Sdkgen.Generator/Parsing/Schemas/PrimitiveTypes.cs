using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>Maps a JSON Schema <c>type</c> and <c>format</c> to the .NET type that holds it.</summary>
internal static class PrimitiveTypes
{
    public static TypeKind? Of(string type, string? format) => type switch
    {
        "string" => format switch
        {
            "date-time" => TypeKind.DateTimeOffset,
            "uuid" => TypeKind.Guid,
            _ => TypeKind.String,
        },
        "integer" => format == "int32" ? TypeKind.Int32 : TypeKind.Int64,
        "number" => format switch
        {
            "float" => TypeKind.Single,
            "decimal" => TypeKind.Decimal,
            _ => TypeKind.Double,
        },
        "boolean" => TypeKind.Boolean,
        _ => null,
    };
}
