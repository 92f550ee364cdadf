using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// Straight-line Utf8JsonReader/Utf8JsonWriter statements for any <see cref="TypeRef"/>: no reflection, no boxing,
/// nested generated types called through their converters' static methods.
/// </summary>
internal sealed class JsonCode
{
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string JsonException = "global::System.Text.Json.JsonException";
    private readonly string _ns;

    // Pattern variables leak into the enclosing block, so each gets a name unique in the file.
    private int _locals;

    public JsonCode(string ns) => _ns = ns;

    /// <summary>Reads the value the reader is on into <paramref name="target"/>; <paramref name="what"/> names it in errors.</summary>
    public void Read(SourceWriter writer, TypeRef type, string target, string what, int depth = 0)
    {
        if (type.Nullable)
        {
            writer.Open($"if (reader.TokenType == {TokenType}.Null)").Line($"{target} = null;").Close();
            writer.Open("else");
            ReadNonNull(writer, type, target, what, depth);
            writer.Close();
            return;
        }

        writer.Open($"if (reader.TokenType == {TokenType}.Null)")
            .Line($"throw new {JsonException}({DocComments.Literal(what + " must not be null.")});")
            .Close();
        ReadNonNull(writer, type, target, what, depth);
    }

    /// <summary>Writes <paramref name="value"/> (of <paramref name="type"/>), writing JSON null when it is null.</summary>
    public void Write(SourceWriter writer, TypeRef type, string value, int depth = 0)
    {
        if (!type.Nullable)
        {
            WriteNonNull(writer, type, value, depth);
            return;
        }

        var local = "value" + (_locals++).ToString(CultureInfo.InvariantCulture);
        writer.Open($"if ({value} is {{ }} {local})");
        WriteNonNull(writer, type, local, depth + 1);
        writer.Close();
        writer.Open("else").Line("writer.WriteNullValue();").Close();
    }

    public void WriteNonNull(SourceWriter writer, TypeRef type, string value, int depth)
    {
        var suffix = depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.DateTimeOffset:
            case TypeKind.Guid:
                writer.Line($"writer.WriteStringValue({value});");
                break;
            case TypeKind.Boolean:
                writer.Line($"writer.WriteBooleanValue({value});");
                break;
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Double:
            case TypeKind.Single:
            case TypeKind.Decimal:
                writer.Line($"writer.WriteNumberValue({value});");
                break;
            case TypeKind.Json:
                writer.Line($"{value}.WriteTo(writer);");
                break;
            case TypeKind.Array:
                writer.Line("writer.WriteStartArray();");
                writer.Open($"foreach (var item{suffix} in {value})");
                Write(writer, type.Element!, "item" + suffix, depth + 1);
                writer.Close();
                writer.Line("writer.WriteEndArray();");
                break;
            case TypeKind.Map:
                writer.Line("writer.WriteStartObject();");
                writer.Open($"foreach (var pair{suffix} in {value})");
                writer.Line($"writer.WritePropertyName(pair{suffix}.Key);");
                Write(writer, type.Element!, $"pair{suffix}.Value", depth + 1);
                writer.Close();
                writer.Line("writer.WriteEndObject();");
                break;
            default:
                writer.Line($"{TypeNames.Converter(type.Name!, _ns)}.WriteValue(writer, {value});");
                break;
        }
    }

    private void ReadNonNull(SourceWriter writer, TypeRef type, string target, string what, int depth)
    {
        var suffix = depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeKind.Array:
                Expect(writer, "StartArray", "an array", what);
                writer.Line($"var list{suffix} = new {TypeNames.Concrete(type, _ns)}();");
                writer.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)");
                writer.Line($"{TypeNames.Of(type.Element!, _ns)} item{suffix};");
                Read(writer, type.Element!, "item" + suffix, what + " item", depth + 1);
                writer.Line($"list{suffix}.Add(item{suffix});");
                writer.Close();
                writer.Line($"{target} = list{suffix};");
                break;
            case TypeKind.Map:
                Expect(writer, "StartObject", "an object", what);
                writer.Line($"var map{suffix} = new {TypeNames.Concrete(type, _ns)}();");
                writer.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
                writer.Line($"var key{suffix} = reader.GetString()!;");
                writer.Line("reader.Read();");
                writer.Line($"{TypeNames.Of(type.Element!, _ns)} item{suffix};");
                Read(writer, type.Element!, "item" + suffix, what + " value", depth + 1);
                writer.Line($"map{suffix}[key{suffix}] = item{suffix};");
                writer.Close();
                writer.Line($"{target} = map{suffix};");
                break;
            default:
                writer.Line($"{target} = {ReadExpression(type)};");
                break;
        }
    }

    private string ReadExpression(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "reader.GetString()!",
        TypeKind.Int32 => "reader.GetInt32()",
        TypeKind.Int64 => "reader.GetInt64()",
        TypeKind.Double => "reader.GetDouble()",
        TypeKind.Single => "reader.GetSingle()",
        TypeKind.Decimal => "reader.GetDecimal()",
        TypeKind.Boolean => "reader.GetBoolean()",
        TypeKind.DateTimeOffset => "reader.GetDateTimeOffset()",
        TypeKind.Guid => "reader.GetGuid()",
        TypeKind.Json => "global::System.Text.Json.JsonElement.ParseValue(ref reader)",
        _ => $"{TypeNames.Converter(type.Name!, _ns)}.ReadValue(ref reader)",
    };

    private static void Expect(SourceWriter writer, string token, string description, string what)
        => writer.Open($"if (reader.TokenType != {TokenType}.{token})")
            .Line($"throw new {JsonException}({DocComments.Literal($"Expected {description} for {what}.")});")
            .Close();
}
