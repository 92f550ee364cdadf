using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// An enum → an extensible readonly struct holding the wire value (as Azure SDK's extensible enums do), so a value the SDK
/// does not know reads as itself and is written back unchanged. Known values are static properties, and constants in a
/// nested <c>Values</c> class for <c>switch</c> and patterns.
/// </summary>
internal static class EnumEmitter
{
    public static void EmitEnum(SourceWriter writer, string ns, EnumSpec spec, string access)
    {
        var name = spec.Name;
        var value = ValueType(spec);
        Preamble.OpenNamespace(writer, ns);
        DocComments.Summary(writer, spec.Description);
        writer.Line($"/// <remarks>Extensible: a value this SDK does not know is kept as is and sent back unchanged. Compare with <c>==</c>, or switch on <see cref=\"Value\"/> against the constants in <see cref=\"Values\"/>.</remarks>");
        DocComments.Obsolete(writer, spec.Deprecated, name);
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(name, ns)}))]");
        writer.Open($"{access} readonly struct {name} : global::System.IEquatable<{name}>");
        if (spec.IsString)
        {
            writer.Line("private readonly string? _value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known to this SDK or not.</summary>");
            writer.Line($"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        }
        else
        {
            writer.Line("/// <summary>Wraps a wire value, known to this SDK or not.</summary>");
            writer.Line($"public {name}({value} value) => Value = value;");
        }

        foreach (var member in spec.Members)
        {
            writer.Line();
            DocComments.Summary(writer, member.Description);
            DocComments.Obsolete(writer, member.Deprecated, name, member.Name);
            writer.Line($"public static {name} {member.Name} {{ get; }} = new(Values.{member.Name});");
        }

        writer.Line();
        if (spec.IsString)
        {
            writer.Line("/// <summary>The wire value; empty for <c>default</c>, which holds none.</summary>");
            writer.Line("public string Value => _value ?? string.Empty;");
        }
        else
        {
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line($"public {value} Value {{ get; }}");
        }

        writer.Line();
        writer.Line("/// <summary>True when the value is one the spec declares.</summary>");
        writer.Line($"public bool IsKnown => {(spec.IsString ? "_value" : "Value")} is {string.Join(" or ", spec.Members.Select(m => "Values." + m.Name))};");
        writer.Line();
        var compares = $"/// <summary>Compares the wire values{(spec.IsString ? " (ordinal)" : string.Empty)}.</summary>";
        writer.Line("/// <summary>Wraps a wire value, known to this SDK or not.</summary>");
        writer.Line($"public static implicit operator {name}({value} value) => new(value);");
        writer.Line();
        writer.Line(compares);
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line(compares);
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(spec.IsString
            ? $"public bool Equals({name} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);"
            : $"public bool Equals({name} other) => Value.Equals(other.Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(spec.IsString
            ? "public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_value);"
            : "public override int GetHashCode() => Value.GetHashCode();");
        writer.Line();
        writer.Line("/// <summary>The wire value" + (spec.IsString ? "." : " as invariant text.") + "</summary>");
        writer.Line(spec.IsString
            ? "public override string ToString() => Value;"
            : "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line();
        writer.Line("/// <summary>The wire values the spec declares, as constants for <c>switch</c> and patterns.</summary>");
        writer.Open($"{access} static class Values");
        foreach (var member in spec.Members)
        {
            writer.Line($"public const {value} {member.Name} = {Literal(spec, member.WireValue)};");
        }

        writer.Close();
        writer.Close();
        Preamble.CloseNamespace(writer);
    }

    public static void EmitConverter(SourceWriter writer, string ns, EnumSpec spec, string access)
    {
        var type = $"global::{ns}.{spec.Name}";
        Preamble.OpenNamespace(writer, ns + ".Serialization", JsonCode.Aliases);
        ConverterEmitter.Header(writer, spec.Name, type, access);
        if (spec.IsString)
        {
            // Known values are found by their UTF-8 bytes (bucketed by length) and shared, so reading them allocates nothing.
            writer.Line($"private static readonly global::Sdkgen.Runtime.Json.JsonNames Names = new({string.Join(", ", spec.Members.Select(m => $"{type}.Values.{m.Name}"))});");
            writer.Line($"private static readonly {type}[] Known = [{string.Join(", ", spec.Members.Select(m => $"{type}.{m.Name}"))}];");
            writer.Line();
            writer.Line("/// <summary>Reads a wire string; one this SDK does not know reads as itself.</summary>");
            writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
            writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)")
                .Line("throw JsonRead.Unexpected(ref reader, \"a string\");")
                .Close();
            writer.Line("var index = Names.Find(ref reader, -1);");
            writer.Line($"return index >= 0 ? Known[index] : new {type}(reader.GetString()!);");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Writes the wire string, known to this SDK or not.</summary>");
            writer.Line($"/// <exception cref=\"global::System.Text.Json.JsonException\"><paramref name=\"value\"/> is <c>default</c>, which holds no value.</exception>");
            writer.Line($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value) => JsonWrite.EnumValue(writer, Names, value == default");
            writer.Line($"    ? throw new global::System.Text.Json.JsonException(\"A default {spec.Name} holds no value.\")");
            writer.Line("    : value.Value);");
        }
        else
        {
            writer.Line("/// <summary>Reads a wire number; one this SDK does not know reads as itself.</summary>");
            writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
            writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number)")
                .Line("throw JsonRead.Unexpected(ref reader, \"a number\");")
                .Close();
            writer.Line($"return new {type}(reader.Get{(spec.ValueKind switch { TypeKind.Int32 => "Int32", TypeKind.Int64 => "Int64", _ => "Double" })}());");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Writes the wire number, known to this SDK or not.</summary>");
            writer.Line($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value) => writer.WriteNumberValue(value.Value);");
        }

        writer.Close();
        Preamble.CloseNamespace(writer);
    }

    private static string ValueType(EnumSpec spec) => spec.ValueKind switch
    {
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        _ => "string",
    };

    /// <summary>A C# constant for a wire value; numbers were checked by the reader to be plain JSON numbers.</summary>
    private static string Literal(EnumSpec spec, string wire) => spec.ValueKind switch
    {
        TypeKind.String => DocComments.Literal(wire),
        TypeKind.Double when wire.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 => wire + "d",
        _ => wire,
    };
}
