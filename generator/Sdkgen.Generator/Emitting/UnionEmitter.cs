using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A oneOf of primitives → a small readonly struct with implicit conversions, written as the bare JSON value.</summary>
internal static class UnionEmitter
{
    public static void EmitUnion(SourceWriter writer, string ns, UnionSpec union, string access)
    {
        Preamble.OpenNamespace(writer, ns);
        var cases = union.Cases.Select((item, index) => new Case(item.Name, item.Kind, index + 1, TypeNames.Of(TypeRef.Of(item.Kind), ns))).ToList();
        DocComments.Summary(writer, union.Description, $"One of: {string.Join(", ", cases.Select(c => c.Noun))}. Assign any of them directly; it is sent as the bare JSON value.");
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(union.Name, ns)}))]");
        writer.Open($"{access} readonly struct {union.Name} : global::System.IEquatable<{union.Name}>");

        // One slot per storage, not per case: numbers and booleans share a 64-bit field, so the value stays small.
        var fields = cases.Select(c => c.Field).Distinct().ToList();
        foreach (var field in fields)
        {
            writer.Line($"private readonly {FieldType(field)} {field};");
        }

        writer.Line("private readonly byte _tag;");
        foreach (var c in cases)
        {
            writer.Line();
            writer.Line($"private {union.Name}({c.Type} value)");
            writer.Line("{");
            writer.Indented($"_tag = {c.Tag};");
            writer.Indented($"{c.Field} = {c.Store("value")};");
            foreach (var other in fields.Where(f => f != c.Field))
            {
                writer.Indented($"{other} = default;");
            }

            writer.Line("}");
            writer.Line();
            writer.Line($"/// <summary>True when the value is {c.Article} {c.Noun}.</summary>");
            writer.Line($"public bool Is{c.Name} => _tag == {c.Tag};");
            writer.Line();
            writer.Line($"/// <summary>The {c.Noun} value, or null when the value is another kind.</summary>");
            writer.Line($"public {c.Type}? As{c.Name} => _tag == {c.Tag} ? {c.Load(string.Empty)} : null;");
            writer.Line();
            writer.Line($"/// <summary>Creates the value from {c.Article} {c.Noun}.</summary>");
            writer.Line(c.Kind == TypeKind.String
                ? $"public static {union.Name} From{c.Name}({c.Type} value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)));"
                : $"public static {union.Name} From{c.Name}({c.Type} value) => new(value);");
            writer.Line();
            writer.Line($"/// <summary>Converts {c.Article} {c.Noun} to the union.</summary>");
            writer.Line($"public static implicit operator {union.Name}({c.Type} value) => From{c.Name}(value);");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({union.Name} other) => _tag == other._tag && _tag switch");
        writer.Line("{");
        foreach (var c in cases)
        {
            writer.Indented($"{c.Tag} => {c.Equal()},");
        }

        writer.Indented("_ => true,");
        writer.Line("};");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {union.Name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode() => _tag switch");
        writer.Line("{");
        foreach (var c in cases)
        {
            writer.Indented($"{c.Tag} => global::System.HashCode.Combine({c.Tag}, {c.Load(string.Empty)}),");
        }

        writer.Indented("_ => 0,");
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>The value as invariant text (\"true\"/\"false\" for booleans).</summary>");
        writer.Line("public override string ToString() => _tag switch");
        writer.Line("{");
        foreach (var c in cases)
        {
            writer.Indented($"{c.Tag} => {ToText(c.Kind, c.Load(string.Empty))},");
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
        Preamble.CloseNamespace(writer);
    }

    public static void EmitConverter(SourceWriter writer, string ns, UnionSpec union, string access)
    {
        var type = $"global::{ns}.{union.Name}";
        Preamble.OpenNamespace(writer, ns + ".Serialization");
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
        Preamble.CloseNamespace(writer);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string ToText(TypeKind kind, string value) => kind switch
    {
        TypeKind.String => value + "!",
        TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
        _ => $"{value}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
    };

    private const string TextField = "_text", BitsField = "_bits", DecimalField = "_decimal";

    private static string FieldType(string field) => field switch
    {
        TextField => "string?",
        BitsField => "long",
        _ => "decimal",
    };

    /// <summary>One case: where its value lives and how it goes in and comes out of that slot.</summary>
    private sealed record Case(string Name, TypeKind Kind, int Tag, string Type)
    {
        public string Noun => Name.ToLowerInvariant();

        public string Article => Noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

        public string Field => Kind switch
        {
            TypeKind.String => TextField,
            TypeKind.Decimal => DecimalField,
            _ => BitsField,
        };

        public string Store(string value) => Kind switch
        {
            TypeKind.Double => $"global::System.BitConverter.DoubleToInt64Bits({value})",
            TypeKind.Single => $"global::System.BitConverter.SingleToInt32Bits({value})",
            TypeKind.Boolean => $"{value} ? 1L : 0L",
            _ => value,
        };

        /// <summary>The value read back from this instance's slot, or from <c>other.</c>'s with <paramref name="owner"/>.</summary>
        public string Load(string owner) => Kind switch
        {
            TypeKind.String => owner + TextField,
            TypeKind.Decimal => owner + DecimalField,
            TypeKind.Int32 => $"((int){owner}{BitsField})",
            TypeKind.Double => $"global::System.BitConverter.Int64BitsToDouble({owner}{BitsField})",
            TypeKind.Single => $"global::System.BitConverter.Int32BitsToSingle((int){owner}{BitsField})",
            TypeKind.Boolean => $"{owner}{BitsField} != 0",
            _ => owner + BitsField,
        };

        /// <summary>Value equality as the case's own type has it (a double's 0.0 equals -0.0, which their bits do not).</summary>
        public string Equal() => Kind switch
        {
            TypeKind.String => $"string.Equals({TextField}, other.{TextField}, global::System.StringComparison.Ordinal)",
            TypeKind.Double or TypeKind.Single => $"{Load(string.Empty)}.Equals({Load("other.")})",
            TypeKind.Decimal => $"{DecimalField} == other.{DecimalField}",
            _ => $"{BitsField} == other.{BitsField}",
        };
    }
}
