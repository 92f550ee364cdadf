using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>A oneOf of objects → a sealed class holding one variant record, with implicit conversions from each.</summary>
internal static class ObjectUnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static string EmitUnion(string ns, ObjectUnionSpec union, string access)
    {
        var writer = Preamble.Start(ns);
        var variants = union.Variants.Select(v => (v.RecordName, Type: $"global::{ns}.{v.RecordName}")).ToList();
        DocComments.Summary(writer, union.Description, $"One of: {string.Join(", ", variants.Select(v => v.RecordName))}. Assign any of them directly.");
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(union.Name, ns)}))]");
        writer.Open($"{access} sealed class {union.Name} : global::System.IEquatable<{union.Name}>");
        writer.Line("private readonly object _value;");
        writer.Line();
        writer.Line("private " + union.Name + "(object value) => _value = value;");
        writer.Line();
        writer.Line("/// <summary>The variant record, or a <see cref=\"global::System.Text.Json.JsonElement\"/> for a variant this SDK does not know.</summary>");
        writer.Line("public object Value => _value;");
        writer.Line();
        writer.Line("/// <summary>True when the server sent a variant this SDK does not know; <see cref=\"Value\"/> holds its JSON.</summary>");
        writer.Line($"public bool IsUnknown => _value is {JsonElement};");
        foreach (var (name, type) in variants)
        {
            writer.Line();
            writer.Line($"/// <summary>True when the value is a <see cref=\"{type}\"/>.</summary>");
            writer.Line($"public bool Is{name} => _value is {type};");
            writer.Line();
            writer.Line($"/// <summary>The <see cref=\"{type}\"/> variant, or null when the value is another one.</summary>");
            writer.Line($"public {type}? As{name} => _value as {type};");
            writer.Line();
            writer.Line($"/// <summary>Wraps a <see cref=\"{type}\"/>.</summary>");
            writer.Line($"public static {union.Name} From{name}({type} value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)));");
            writer.Line();
            writer.Line($"/// <summary>Wraps a <see cref=\"{type}\"/>.</summary>");
            writer.Line($"public static implicit operator {union.Name}({type} value) => From{name}(value);");
        }

        writer.Line();
        writer.Line("/// <summary>Keeps JSON of a variant this SDK does not know, so it can be read and sent back unchanged.</summary>");
        writer.Line($"public static {union.Name} FromUnknown({JsonElement} json) => new(json.Clone());");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({union.Name}? other) => other is not null && (_value is {JsonElement} json ? other._value is {JsonElement} otherJson && json.GetRawText() == otherJson.GetRawText() : _value.Equals(other._value));");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => Equals(obj as {union.Name});");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override int GetHashCode() => _value is {JsonElement} json ? global::System.StringComparer.Ordinal.GetHashCode(json.GetRawText()) : _value.GetHashCode();");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override string ToString() => _value.ToString() ?? string.Empty;");
        writer.Close();
        return writer.ToString();
    }

    public static string EmitConverter(string ns, ObjectUnionSpec union, string access)
    {
        var type = $"global::{ns}.{union.Name}";
        var writer = Preamble.Start(ns + ".Serialization");
        ConverterEmitter.Header(writer, union.Name, type, access);
        writer.Line("/// <summary>Reads whichever variant the JSON is.</summary>");
        writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        if (union.Discriminator is { } discriminator)
        {
            EmitDiscriminatedRead(writer, ns, union, type, discriminator);
        }
        else
        {
            EmitTryEachRead(writer, ns, union, type);
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Writes the variant it holds.</summary>");
        writer.Open($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Open("switch (value.Value)");
        foreach (var variant in union.Variants)
        {
            writer.Line($"case global::{ns}.{variant.RecordName} variant:");
            writer.Line($"    {TypeNames.Converter(variant.RecordName, ns)}.WriteValue(writer, variant);");
            writer.Line("    break;");
        }

        writer.Line($"case {JsonElement} json:");
        writer.Line("    json.WriteTo(writer);");
        writer.Line("    break;");
        writer.Close();
        writer.Close();
        writer.Line();
        if (union.Validates)
        {
            writer.Line();
            writer.Line("/// <summary>Validates the variant it holds.</summary>");
            writer.Open($"public static void Validate({type} value, global::Sdkgen.Runtime.ValidationContext context)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            foreach (var variant in union.Variants.Where(variant => variant.Validates))
            {
                writer.Open($"if (value.Value is global::{ns}.{variant.RecordName} {Local(variant.RecordName)})")
                    .Line($"{TypeNames.Converter(variant.RecordName, ns)}.Validate({Local(variant.RecordName)}, context);")
                    .Close();
            }

            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>Looks ahead on a copy of the reader for the discriminator, then reads the chosen variant for real.</summary>
    private static void EmitDiscriminatedRead(SourceWriter writer, string ns, ObjectUnionSpec union, string type, string discriminator)
    {
        writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)")
            .Line($"throw new global::System.Text.Json.JsonException(\"Expected a JSON object for {union.Name}.\");")
            .Close();
        writer.Line("var probe = reader;");
        writer.Line("string? tag = null;");
        writer.Open("while (probe.Read() && probe.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        writer.Line($"var isTag = probe.ValueTextEquals({DocComments.Literal(discriminator)}u8);");
        writer.Line("probe.Read();");
        writer.Open("if (isTag && probe.TokenType == global::System.Text.Json.JsonTokenType.String)")
            .Line("tag = probe.GetString();")
            .Line("break;")
            .Close();
        writer.Line("probe.Skip();");
        writer.Close();
        writer.Open("switch (tag)");
        foreach (var variant in union.Variants)
        {
            foreach (var tag in variant.Tags)
            {
                writer.Line($"case {DocComments.Literal(tag)}:");
            }

            writer.Line($"    return {TypeNames.Converter(variant.RecordName, ns)}.ReadValue(ref reader);");
        }

        writer.Line("default:");
        writer.Line($"    return {type}.FromUnknown({JsonElement}.ParseValue(ref reader));");
        writer.Close();
    }

    /// <summary>No discriminator: the first variant that reads without error wins, else the JSON is kept as unknown.</summary>
    private static void EmitTryEachRead(SourceWriter writer, string ns, ObjectUnionSpec union, string type)
    {
        foreach (var variant in union.Variants)
        {
            writer.Open("try");
            writer.Line("var attempt = reader;");
            writer.Line($"var value = {TypeNames.Converter(variant.RecordName, ns)}.ReadValue(ref attempt);");
            writer.Line("reader = attempt;");
            writer.Line("return value;");
            writer.Close();
            writer.Open("catch (global::System.Text.Json.JsonException)");
            writer.Line("// Not this variant; try the next.");
            writer.Close();
            writer.Open("catch (global::System.InvalidOperationException)");
            writer.Line("// A token of the wrong kind for this variant; try the next.");
            writer.Close();
        }

        writer.Line($"return {type}.FromUnknown({JsonElement}.ParseValue(ref reader));");
    }

    private static string Local(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1) + "Variant";
}
