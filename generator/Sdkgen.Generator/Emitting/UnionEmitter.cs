using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A oneOf of primitives → a small readonly struct with implicit conversions, written as the bare JSON value.</summary>
internal static class UnionEmitter
{
    public static string EmitUnion(string ns, UnionSpec union, string access)
    {
        var writer = Preamble.Start(ns);
        var cases = union.Cases.Select((item, index) => (item.Name, Kind: item.Kind, Tag: index + 1, Type: TypeNames.Of(TypeRef.Of(item.Kind), ns))).ToList();
        DocComments.Summary(writer, union.Description, $"One of: {string.Join(", ", cases.Select(c => c.Name.ToLowerInvariant()))}. Assign any of them directly; it is sent as the bare JSON value.");
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(union.Name, ns)}))]");
        writer.Open($"{access} readonly struct {union.Name} : global::System.IEquatable<{union.Name}>");
        writer.Line("private readonly int _tag;");
        foreach (var c in cases)
        {
            writer.Line($"private readonly {c.Type}{(c.Kind == TypeKind.String ? "?" : string.Empty)} _{Camel(c.Name)};");
        }

        foreach (var c in cases)
        {
            var field = "_" + Camel(c.Name);
            writer.Line();
            writer.Line($"private {union.Name}({c.Type} value)");
            writer.Line("{");
            writer.Indented($"_tag = {c.Tag};");
            writer.Indented($"{field} = value;");
            foreach (var other in cases.Where(o => o.Tag != c.Tag))
            {
                writer.Indented($"_{Camel(other.Name)} = default;");
            }

            writer.Line("}");
            writer.Line();
            writer.Line($"/// <summary>True when the value is a {c.Name.ToLowerInvariant()}.</summary>");
            writer.Line($"public bool Is{c.Name} => _tag == {c.Tag};");
            writer.Line();
            writer.Line($"/// <summary>The {c.Name.ToLowerInvariant()} value, or null when the value is another kind.</summary>");
            writer.Line($"public {c.Type}? As{c.Name} => _tag == {c.Tag} ? {field} : null;");
            writer.Line();
            writer.Line($"/// <summary>Creates the value from a {c.Name.ToLowerInvariant()}.</summary>");
            writer.Line(c.Kind == TypeKind.String
                ? $"public static {union.Name} From{c.Name}({c.Type} value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)));"
                : $"public static {union.Name} From{c.Name}({c.Type} value) => new(value);");
            writer.Line();
            writer.Line($"/// <summary>Converts a {c.Name.ToLowerInvariant()} to the union.</summary>");
            writer.Line($"public static implicit operator {union.Name}({c.Type} value) => From{c.Name}(value);");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({union.Name} other) => _tag == other._tag && {string.Join(" && ", cases.Select(c => $"global::System.Collections.Generic.EqualityComparer<{c.Type}{(c.Kind == TypeKind.String ? "?" : string.Empty)}>.Default.Equals(_{Camel(c.Name)}, other._{Camel(c.Name)})"))};");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {union.Name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override int GetHashCode() => global::System.HashCode.Combine(_tag, {string.Join(", ", cases.Select(c => "_" + Camel(c.Name)))});");
        writer.Line();
        writer.Line("/// <summary>The value as invariant text (\"true\"/\"false\" for booleans).</summary>");
        writer.Line("public override string ToString() => _tag switch");
        writer.Line("{");
        foreach (var c in cases)
        {
            writer.Indented($"{c.Tag} => {ToText(c.Kind, "_" + Camel(c.Name))},");
        }

        writer.Indented("_ => string.Empty,");
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>Compares two values by kind and value.</summary>");
        writer.Line($"public static bool operator ==({union.Name} left, {union.Name} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Compares two values by kind and value.</summary>");
        writer.Line($"public static bool operator !=({union.Name} left, {union.Name} right) => !left.Equals(right);");
        writer.Close();
        return writer.Finish();
    }

    public static string EmitConverter(string ns, UnionSpec union, string access)
    {
        var type = $"global::{ns}.{union.Name}";
        var writer = Preamble.Start(ns + ".Serialization");
        ConverterEmitter.Header(writer, union.Name, type, access);
        var has = union.Cases.ToDictionary(c => c.Name, c => c.Kind);
        writer.Line("/// <summary>Reads whichever case the JSON token is.</summary>");
        writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.Open("switch (reader.TokenType)");
        if (has.ContainsKey("String"))
        {
            writer.Line("case global::System.Text.Json.JsonTokenType.String:");
            writer.Indented($"return {type}.FromString(reader.GetString()!);");
        }

        if (has.ContainsKey("Integer") || has.TryGetValue("Number", out _))
        {
            writer.Line("case global::System.Text.Json.JsonTokenType.Number:").Indent();
            if (has.TryGetValue("Integer", out var integer))
            {
                var getter = integer == TypeKind.Int32 ? "TryGetInt32" : "TryGetInt64";
                writer.Open($"if (reader.{getter}(out var integer))")
                    .Line($"return {type}.FromInteger(integer);")
                    .Close();
            }

            writer.Line(has.TryGetValue("Number", out var number)
                ? $"return {type}.FromNumber(reader.{(number == TypeKind.Single ? "GetSingle" : number == TypeKind.Decimal ? "GetDecimal" : "GetDouble")}());"
                : $"throw new global::System.Text.Json.JsonException(\"{union.Name} expects an integer.\");");
            writer.Dedent();
        }

        if (has.ContainsKey("Boolean"))
        {
            writer.Line("case global::System.Text.Json.JsonTokenType.True:");
            writer.Line("case global::System.Text.Json.JsonTokenType.False:");
            writer.Indented($"return {type}.FromBoolean(reader.GetBoolean());");
        }

        writer.Line("default:");
        writer.Indented($"throw new global::System.Text.Json.JsonException(\"Expected {string.Join(" or ", union.Cases.Select(c => c.Name.ToLowerInvariant()))} for {union.Name}.\");");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Writes the bare JSON value.</summary>");
        writer.Open($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        foreach (var c in union.Cases)
        {
            var write = c.Kind switch
            {
                TypeKind.String => "WriteStringValue",
                TypeKind.Boolean => "WriteBooleanValue",
                _ => "WriteNumberValue",
            };
            writer.Open($"if (value.As{c.Name} is {{ }} {Camel(c.Name)}Value)")
                .Line($"writer.{write}({Camel(c.Name)}Value);")
                .Line("return;")
                .Close();
        }

        writer.Line($"throw new global::System.Text.Json.JsonException(\"{union.Name} has no value (default instance).\");");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>False for the default instance and for numbers JSON cannot carry (NaN, infinity).</summary>");
        var checks = union.Cases.Select(c => c.Kind switch
        {
            TypeKind.Double => "value.AsNumber is { } number && double.IsFinite(number)",
            TypeKind.Single => "value.AsNumber is { } number && float.IsFinite(number)",
            _ => $"value.Is{c.Name}",
        });
        writer.Line($"public static bool IsValid({type} value) => {string.Join(" || ", checks.Select(check => check.Contains("&&") ? "(" + check + ")" : check))};");
        writer.Line();
        writer.Line("/// <summary>Reports a value <see cref=\"IsValid\"/> refuses.</summary>");
        writer.Open($"public static void Validate({type} value, global::Sdkgen.Runtime.ValidationContext context)");
        writer.Open("if (!IsValid(value))")
            .Line("context.Invalid(null, \"must hold a value that JSON can carry (not default, not NaN or infinity)\");")
            .Close();
        writer.Close();
        writer.Close();
        return writer.Finish();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string ToText(TypeKind kind, string field) => kind switch
    {
        TypeKind.String => field + "!",
        TypeKind.Boolean => $"({field} ? \"true\" : \"false\")",
        _ => $"{field}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
    };
}
