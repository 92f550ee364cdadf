using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting.Operations;

/// <summary>How a value becomes the text or structured value that goes on the wire.</summary>
internal static class WireText
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string ParameterValue = "global::Sdkgen.Runtime.ParameterValue";

    public static bool IsStructured(TypeRef type) => type.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Json;

    /// <summary>A primitive as its wire text (invariant culture; enums as their wire strings); null stays null.</summary>
    public static string Text(string ns, TypeRef type, string name, bool nullable)
    {
        var value = nullable && type.IsValueType ? name + ".GetValueOrDefault()" : name;
        var text = type.Kind switch
        {
            TypeKind.String => value,
            TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
            TypeKind.DateTimeOffset => $"{value}.ToString(\"O\", {Invariant})",
            TypeKind.Guid => $"{value}.ToString(\"D\", {Invariant})",
            TypeKind.DateOnly => $"{value}.ToString(\"yyyy-MM-dd\", {Invariant})",
            TypeKind.Bytes => $"global::System.Convert.ToBase64String({value})",
            TypeKind.Enum or TypeKind.Union => $"{value}.ToString()",
            _ => $"{value}.ToString({Invariant})",
        };
        return nullable && type.IsValueType ? $"({name} is null ? null : {text})" : text;
    }

    /// <summary>A value as a runtime <c>ParameterValue</c>: primitives as text, everything else written as JSON.</summary>
    public static string Value(string ns, TypeRef type, string name, bool nullable)
    {
        if (!IsStructured(type))
        {
            return $"{ParameterValue}.FromText({Text(ns, type, name, nullable)})";
        }

        if (type is { Kind: TypeKind.Array, Element: { Kind: TypeKind.String } })
        {
            return $"{ParameterValue}.FromList({name})";
        }

        var json = new JsonCode(ns, qualified: true);
        var write = json.WriteFunction(type.AsNonNullable());
        if (!nullable)
        {
            return $"{ParameterValue}.FromJson({name}, {write})";
        }

        var value = type.IsValueType ? name + ".GetValueOrDefault()" : name;
        return $"({name} is null ? null : {ParameterValue}.FromJson({value}, {write}))";
    }

    public static string Style(ParameterStyle style) => "global::Sdkgen.Runtime.ParameterStyle." + style;

    public static string Bool(bool value) => value ? "true" : "false";
}
