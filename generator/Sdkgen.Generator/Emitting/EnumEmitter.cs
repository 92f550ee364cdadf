using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A string enum → a C# enum (0 = the unknown-value member) and a converter mapping wire strings exactly.</summary>
internal static class EnumEmitter
{
    public static string EmitEnum(string ns, EnumSpec spec, string access)
    {
        var writer = Preamble.Start(ns);
        DocComments.Summary(writer, spec.Description ?? $"The {spec.Name} values.");
        DocComments.Obsolete(writer, spec.Deprecated, spec.Name);
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(spec.Name, ns)}))]");
        writer.Open($"{access} enum {spec.Name}");
        writer.Line("/// <summary>A value this version of the SDK does not know, such as one the API added later. It is never sent.</summary>");
        writer.Line($"{spec.UnknownMember} = 0,");
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            writer.Line();
            DocComments.Summary(writer, member.Description ?? $"Wire value \"{member.WireValue}\".");
            DocComments.Obsolete(writer, member.Deprecated, spec.Name + "." + member.Name);
            writer.Line($"{member.Name} = {(i + 1).ToString(CultureInfo.InvariantCulture)},");
        }

        writer.Close();
        return writer.ToString();
    }

    public static string EmitConverter(string ns, EnumSpec spec, string access)
    {
        var type = $"global::{ns}.{spec.Name}";
        var writer = Preamble.Start(ns + ".Serialization");
        ConverterEmitter.Header(writer, spec.Name, type, access);
        for (var i = 0; i < spec.Members.Count; i++)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText Value{i} = global::System.Text.Json.JsonEncodedText.Encode({DocComments.Literal(spec.Members[i].WireValue)});");
        }

        writer.Line();
        writer.Line($"/// <summary>Reads a wire string; a value this SDK does not know reads as <see cref=\"{type}.{spec.UnknownMember}\"/> instead of failing.</summary>");
        writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)")
            .Line($"throw new global::System.Text.Json.JsonException(\"Expected a string for {spec.Name}.\");")
            .Close();
        foreach (var member in spec.Members)
        {
            writer.Open($"if (reader.ValueTextEquals({DocComments.Literal(member.WireValue)}u8))")
                .Line($"return {type}.{member.Name};")
                .Close();
        }

        writer.Line($"return {type}.{spec.UnknownMember};");
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>Writes the wire string.</summary>");
        writer.Open($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Open("switch (value)");
        for (var i = 0; i < spec.Members.Count; i++)
        {
            writer.Line($"case {type}.{spec.Members[i].Name}:");
            writer.Line($"    writer.WriteStringValue(Value{i});");
            writer.Line("    break;");
        }

        writer.Line("default:");
        writer.Line($"    throw new global::System.Text.Json.JsonException(\"{spec.Name}.\" + value.ToString() + \" has no wire value.\");");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>The wire string of <paramref name=\"value\"/>.</summary>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is {spec.UnknownMember} or not a member.</exception>");
        writer.Line($"public static string ToWire({type} value) => value switch");
        writer.Line("{");
        foreach (var member in spec.Members)
        {
            writer.Line($"    {type}.{member.Name} => {DocComments.Literal(member.WireValue)},");
        }

        writer.Line($"    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{spec.Name} has no wire value for this member.\"),");
        writer.Line("};");
        writer.Line();

        writer.Line("/// <summary>Parses a wire string exactly (case-sensitive); false for values this SDK does not know.</summary>");
        writer.Line($"public static bool TryParse(string? wire, out {type} value)");
        writer.Line("{");
        writer.Line("    value = wire switch");
        writer.Line("    {");
        foreach (var member in spec.Members)
        {
            writer.Line($"        {DocComments.Literal(member.WireValue)} => {type}.{member.Name},");
        }

        writer.Line($"        _ => {type}.{spec.UnknownMember},");
        writer.Line("    };");
        writer.Line($"    return value != {type}.{spec.UnknownMember};");
        writer.Line("}");
        writer.Line();

        writer.Line("/// <summary>True for the members that have a wire value (not the unknown member, not an out-of-range number).</summary>");
        writer.Line($"public static bool IsDefined({type} value) => value is >= ({type})1 and <= ({type}){spec.Members.Count.ToString(CultureInfo.InvariantCulture)};");
        writer.Close();
        return writer.ToString();
    }
}
