using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A record's JSON converter: static ReadValue/WriteValue (called directly by other generated code) and Validate.</summary>
internal static class ConverterEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    public static string Emit(string ns, RecordSpec record, string access)
    {
        var type = $"global::{ns}.{record.Name}";
        var json = new JsonCode(ns);
        var writer = Preamble.Start(ns + ".Serialization");
        Header(writer, record.Name, type, access);

        for (var i = 0; i < record.Properties.Count; i++)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText Name{i} = global::System.Text.Json.JsonEncodedText.Encode({DocComments.Literal(record.Properties[i].JsonName)});");
        }

        writer.Line();
        EmitRead(writer, json, ns, record, type);
        writer.Line();
        EmitWrite(writer, json, record, type);
        writer.Line();
        ValidationCode.EmitValidate(writer, ns, record, type);
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The part every converter shares: the class line and the JsonConverter overrides.</summary>
    public static void Header(SourceWriter writer, string name, string type, string access)
    {
        writer.Line($"/// <summary>Reflection-free JSON for <see cref=\"{type}\"/>.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{access} sealed class {name}JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{type}>");
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {type} Read(ref {Reader} reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Writer} writer, {type} value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.Line();
    }

    private static void EmitRead(SourceWriter writer, JsonCode json, string ns, RecordSpec record, string type)
    {
        writer.Line("/// <summary>Reads the object the reader is on.</summary>");
        writer.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">A required member is missing or null, or the value is not an object.</exception>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">A member holds a JSON value of the wrong kind (as Utf8JsonReader reports it).</exception>");
        writer.Open($"public static {type} ReadValue(ref {Reader} reader)");
        writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)")
            .Line($"throw new global::System.Text.Json.JsonException(\"Expected a JSON object for {record.Name}.\");")
            .Close();
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            var nullable = RecordEmitter.Nullable(property);
            writer.Line($"{TypeNames.Of(property.Type, ns, nullable)} p{i} = default{(nullable ? string.Empty : "!")};");
            if (property.Required)
            {
                writer.Line($"var seen{i} = false;");
            }
        }

        writer.Open("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            writer.Open($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({DocComments.Literal(property.JsonName)}u8))");
            writer.Line("reader.Read();");
            var what = $"{record.Name}.{property.JsonName}";
            json.Read(writer, property.Required ? property.Type : property.Type.AsNullable(), "p" + I(i), what);
            if (property.Required)
            {
                writer.Line($"seen{i} = true;");
            }

            writer.Close();
        }

        if (record.Properties.Count > 0)
        {
            writer.Open("else");
        }

        writer.Line("reader.Read();");
        writer.Line("reader.Skip();");
        if (record.Properties.Count > 0)
        {
            writer.Close();
        }

        writer.Close();
        for (var i = 0; i < record.Properties.Count; i++)
        {
            if (record.Properties[i].Required)
            {
                writer.Open($"if (!seen{i})")
                    .Line($"throw new global::System.Text.Json.JsonException({DocComments.Literal($"Missing required property '{record.Properties[i].JsonName}' of {record.Name}.")});")
                    .Close();
            }
        }

        writer.Line($"return new {type}");
        writer.Line("{");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            writer.Line($"    {record.Properties[i].Name} = p{i},");
        }

        writer.Line("};");
        writer.Close();
    }

    private static void EmitWrite(SourceWriter writer, JsonCode json, RecordSpec record, string type)
    {
        writer.Line("/// <summary>Writes the object; optional members that are null are left out, required ones are always written.</summary>");
        writer.Open($"public static void WriteValue({Writer} writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            if (property.Required)
            {
                writer.Line($"writer.WritePropertyName(Name{i});");
                json.Write(writer, property.Type, "value." + property.Name);
            }
            else
            {
                writer.Open($"if (value.{property.Name} is {{ }} p{i})");
                writer.Line($"writer.WritePropertyName(Name{i});");
                json.WriteNonNull(writer, property.Type, "p" + I(i), 1);
                writer.Close();
            }
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
