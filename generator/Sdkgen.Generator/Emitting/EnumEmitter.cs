using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A string enum → a C# enum (0 = the unknown-value member) and a converter mapping wire strings exactly.</summary>
internal static class EnumEmitter
{
    public static string EmitEnum(string ns, EnumSpec spec, string access)
    {
        var writer = Preamble.Start(ns);
        DocComments.Summary(writer, spec.Description);
        DocComments.Obsolete(writer, spec.Deprecated, spec.Name);
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(spec.Name, ns)}))]");
        writer.Open($"{access} enum {spec.Name}");
        writer.Line("/// <summary>A value this version of the SDK does not know, such as one the API added later. It is never sent.</summary>");
        writer.Line($"{spec.UnknownMember} = 0,");
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            DocComments.Summary(writer, member.Description);
            DocComments.Obsolete(writer, member.Deprecated, spec.Name + "." + member.Name);
            writer.Line($"{member.Name} = {(i + 1).ToString(CultureInfo.InvariantCulture)},");
        }

        writer.Close();
        return writer.ToString();
    }

    public static string EmitConverter(string ns, EnumSpec spec, string access)
    {
        var type = $"global::{ns}.{spec.Name}";
        var count = spec.Members.Count.ToString(CultureInfo.InvariantCulture);
        var writer = Preamble.Start(ns + ".Serialization", JsonCode.Aliases);
        ConverterEmitter.Header(writer, spec.Name, type, access);

        // Member i + 1 has wire value Values[i]: reading looks the string up, writing indexes it.
        writer.Line($"private static readonly global::Sdkgen.Runtime.Json.JsonNames Values = new({string.Join(", ", spec.Members.Select(m => DocComments.Literal(m.WireValue)))});");
        writer.Line();
        writer.Line($"/// <summary>Reads a wire string; one this SDK does not know reads as <see cref=\"{type}.{spec.UnknownMember}\"/>.</summary>");
        writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)")
            .Line("throw JsonRead.Unexpected(ref reader, \"a string\");")
            .Close();
        writer.Line($"return ({type})(Values.Find(ref reader, 0) + 1);");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Writes the wire string.</summary>");
        writer.Line($"/// <exception cref=\"global::System.Text.Json.JsonException\"><paramref name=\"value\"/> is {spec.UnknownMember} or not a member.</exception>");
        writer.Line($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value) => writer.WriteStringValue(IsDefined(value)");
        writer.Line("    ? Values[(int)value - 1]");
        writer.Line($"    : throw new global::System.Text.Json.JsonException(\"{spec.Name}.\" + value.ToString() + \" has no wire value.\"));");
        writer.Line();
        writer.Line("/// <summary>The wire string of <paramref name=\"value\"/>.</summary>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is {spec.UnknownMember} or not a member.</exception>");
        writer.Line($"public static string ToWire({type} value) => Values.NameAt(Index(value));");
        writer.Line();
        writer.Line("/// <summary>Parses a wire string exactly (case-sensitive); false for values this SDK does not know.</summary>");
        writer.Open($"public static bool TryParse(string? wire, out {type} value)");
        writer.Line($"value = ({type})(Values.IndexOf(wire) + 1);");
        writer.Line($"return value != {type}.{spec.UnknownMember};");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>True for the members that have a wire value (not the unknown member, not an out-of-range number).</summary>");
        writer.Line($"public static bool IsDefined({type} value) => value is >= ({type})1 and <= ({type}){count};");
        writer.Line();
        writer.Line($"private static int Index({type} value) => IsDefined(value)");
        writer.Line("    ? (int)value - 1");
        writer.Line($"    : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{spec.Name} has no wire value for this member.\");");
        writer.Close();
        return writer.ToString();
    }
}
