using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// A oneOf/anyOf beyond primitives → a sealed class holding one variant, with a factory (and, where C# allows, an
/// implicit conversion) from each. Its converter picks the variant by the JSON token's kind, never by trial and error.
/// </summary>
internal static class ObjectUnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";
    private const string Token = "global::System.Text.Json.JsonTokenType";

    public static void EmitUnion(SourceWriter writer, string ns, ObjectUnionSpec union, string access)
    {
        Preamble.OpenNamespace(writer, ns);
        var variants = union.Variants.Select(v => (v.Name, v.Type, CSharp: TypeNames.Of(v.Type.AsNonNullable(), ns))).ToList();
        DocComments.Summary(writer, union.Description, $"One of: {string.Join(", ", variants.Select(v => v.Name))}. Assign any of them directly.");
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(union.Name, ns)}))]");
        writer.Open($"{access} sealed class {union.Name} : global::System.IEquatable<{union.Name}>");
        writer.Line("private readonly object _value;");
        writer.Line();
        writer.Line("private " + union.Name + "(object value) => _value = value;");
        writer.Line();
        writer.Line("/// <summary>The variant, or a <see cref=\"global::System.Text.Json.JsonElement\"/> for JSON that is none of them.</summary>");
        writer.Line("public object Value => _value;");
        writer.Line();
        writer.Line("/// <summary>True when the server sent JSON that is none of the variants; <see cref=\"Value\"/> holds it.</summary>");
        writer.Line($"public bool IsUnknown => _value is {JsonElement};");
        foreach (var (name, type, cs) in variants)
        {
            var what = type.Kind is TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union ? $"<see cref=\"{cs}\"/>" : name.ToLowerInvariant();
            var cref = ("aeiou".IndexOf(char.ToLowerInvariant(name[0])) >= 0 ? "an " : "a ") + what;
            writer.Line();
            writer.Line($"/// <summary>True when the value is {cref}.</summary>");
            writer.Line($"public bool Is{name} => _value is {cs};");
            writer.Line();
            writer.Line($"/// <summary>The {what} variant, or null when the value is another one.</summary>");
            writer.Line(type.IsValueType
                ? $"public {cs}? As{name} => _value is {cs} value ? value : default({cs}?);"
                : $"public {cs}? As{name} => _value as {cs};");
            writer.Line();
            writer.Line($"/// <summary>Wraps {cref}.</summary>");
            writer.Line(type.IsValueType
                ? $"public static {union.Name} From{name}({cs} value) => new(value);"
                : $"public static {union.Name} From{name}({cs} value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)));");
            if (type.Kind != TypeKind.Array)
            {
                // C# has no conversions from interfaces, so lists get only the factory.
                writer.Line();
                writer.Line($"/// <summary>Wraps {cref}.</summary>");
                writer.Line($"public static implicit operator {union.Name}({cs} value) => From{name}(value);");
            }
        }

        writer.Line();
        writer.Line("/// <summary>Keeps JSON that is none of the variants, so it can be read and sent back unchanged.</summary>");
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
        Preamble.CloseNamespace(writer);
    }

    public static void EmitConverter(SourceWriter writer, string ns, ObjectUnionSpec union, string access)
    {
        var type = $"global::{ns}.{union.Name}";
        var json = new JsonCode(ns, qualified: true);
        Preamble.OpenNamespace(writer, ns + ".Serialization");
        ConverterEmitter.Header(writer, union.Name, type, access);
        var objects = union.Variants.Where(v => Kind(v.Type) == Token + ".StartObject" && v.Type.Kind != TypeKind.Map).ToList();
        if (union.Discriminator is null && objects.Count > 1)
        {
            writer.Line($"private static readonly string[][] Known = [{string.Join(", ", objects.Select(v => Names(v.Known)))}];");
            writer.Line($"private static readonly string[][] Required = [{string.Join(", ", objects.Select(v => Names(v.Required)))}];");
            writer.Line();
        }

        writer.Line("/// <summary>Reads whichever variant the JSON is; JSON that is none of them is kept as it is.</summary>");
        writer.Open($"public static {type} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.Open("switch (reader.TokenType)");
        foreach (var group in union.Variants.GroupBy(v => Kind(v.Type)).Where(g => g.Key is not null))
        {
            if (group.Key == Token + ".True")
            {
                writer.Line($"case {Token}.False:");
            }

            writer.Line($"case {group.Key}:").Indent();
            if (group.Key == Token + ".StartObject")
            {
                EmitObjectRead(writer, json, ns, union, type, group.ToList(), objects);
            }
            else if (group.Key == Token + ".Number")
            {
                EmitNumberRead(writer, json, ns, type, group.ToList());
            }
            else
            {
                // Several variants of one token kind (a string and a date, two lists): the first declared wins.
                writer.Line($"return {type}.From{group.First().Name}({Read(json, ns, group.First().Type)});");
            }

            writer.Dedent();
        }

        writer.Line("default:");
        writer.Indented($"return {type}.FromUnknown({JsonElement}.ParseValue(ref reader));");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Writes the variant it holds.</summary>");
        writer.Open($"public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Open("switch (value.Value)");
        foreach (var variant in union.Variants)
        {
            writer.Line($"case {TypeNames.Of(variant.Type.AsNonNullable(), ns)} variant:");
            writer.Indented(Write(json, variant.Type), "break;");
        }

        writer.Line($"case {JsonElement} json:");
        writer.Indented("json.WriteTo(writer);", "break;");
        writer.Close();
        writer.Close();
        if (union.Validates)
        {
            writer.Line();
            writer.Line("/// <summary>Validates the variant it holds.</summary>");
            writer.Open($"public static void Validate({type} value, global::Sdkgen.Runtime.ValidationContext context)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            foreach (var variant in union.Variants.Where(variant => variant.Validates))
            {
                writer.Open($"if (value.Value is {TypeNames.Of(variant.Type.AsNonNullable(), ns)} {Local(variant.Name)})")
                    .Line($"{TypeNames.Converter(variant.Type.Name!, ns)}.Validate({Local(variant.Name)}, context);")
                    .Close();
            }

            writer.Close();
        }

        writer.Close();
        Preamble.CloseNamespace(writer);
    }

    /// <summary>The token a variant starts with; null for none it can be told by (raw JSON is the unknown case).</summary>
    private static string? Kind(TypeRef type) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.DateOnly or TypeKind.Bytes or TypeKind.Enum => Token + ".String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal => Token + ".Number",
        TypeKind.Boolean => Token + ".True",
        TypeKind.Array => Token + ".StartArray",
        TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Map => Token + ".StartObject",
        _ => null,
    };

    /// <summary>An integer variant takes numbers that fit it; a number variant takes the rest.</summary>
    private static void EmitNumberRead(SourceWriter writer, JsonCode json, string ns, string type, List<UnionVariantSpec> variants)
    {
        var integer = variants.FirstOrDefault(v => v.Type.Kind is TypeKind.Int32 or TypeKind.Int64);
        var number = variants.FirstOrDefault(v => v.Type.Kind is TypeKind.Double or TypeKind.Single or TypeKind.Decimal);
        if (integer is not null)
        {
            writer.Open($"if (reader.{(integer.Type.Kind == TypeKind.Int32 ? "TryGetInt32" : "TryGetInt64")}(out var integer))")
                .Line($"return {type}.From{integer.Name}(integer);")
                .Close();
        }

        writer.Line(number is not null
            ? $"return {type}.From{number.Name}({Read(json, ns, number.Type)});"
            : $"return {type}.FromUnknown({JsonElement}.ParseValue(ref reader));");
    }

    /// <summary>One object variant is read directly; several by discriminator, else by the members the object has.</summary>
    private static void EmitObjectRead(SourceWriter writer, JsonCode json, string ns, ObjectUnionSpec union, string type, List<UnionVariantSpec> variants, List<UnionVariantSpec> objects)
    {
        var map = variants.FirstOrDefault(v => v.Type.Kind == TypeKind.Map);
        var fallback = map is null
            ? $"return {type}.FromUnknown({JsonElement}.ParseValue(ref reader));"
            : $"return {type}.From{map.Name}({Read(json, ns, map.Type)});";
        if (objects.Count == 0)
        {
            writer.Line(fallback);
            return;
        }

        if (objects.Count == 1 && union.Discriminator is null)
        {
            writer.Line($"return {type}.From{objects[0].Name}({Read(json, ns, objects[0].Type)});");
            return;
        }

        if (union.Discriminator is { } discriminator)
        {
            writer.Line("var probe = reader;");
            writer.Line("string? tag = null;");
            writer.Open($"while (probe.Read() && probe.TokenType != {Token}.EndObject)");
            writer.Line($"var isTag = probe.ValueTextEquals({DocComments.Literal(discriminator)}u8);");
            writer.Line("probe.Read();");
            writer.Open($"if (isTag && probe.TokenType == {Token}.String)")
                .Line("tag = probe.GetString();")
                .Line("break;")
                .Close();
            writer.Line("probe.Skip();");
            writer.Close();
            writer.Open("switch (tag)");
            foreach (var variant in objects.Where(v => v.Tags.Count > 0))
            {
                foreach (var tag in variant.Tags)
                {
                    writer.Line($"case {DocComments.Literal(tag)}:");
                }

                writer.Indented($"return {type}.From{variant.Name}({Read(json, ns, variant.Type)});");
            }

            writer.Line("default:");
            writer.Indented(fallback);
            writer.Close();
            return;
        }

        writer.Open("switch (global::Sdkgen.Runtime.Json.JsonVariants.Choose(reader, Known, Required))");
        for (var i = 0; i < objects.Count; i++)
        {
            writer.Line($"case {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}:");
            writer.Indented($"return {type}.From{objects[i].Name}({Read(json, ns, objects[i].Type)});");
        }

        writer.Line("default:");
        writer.Indented(fallback);
        writer.Close();
    }

    /// <summary>Reads a variant's value from a reader that is on a token of its kind.</summary>
    private static string Read(JsonCode json, string ns, TypeRef type) => type.Kind switch
    {
        TypeKind.Array => $"global::Sdkgen.Runtime.Json.JsonRead.List(ref reader, {json.ItemReader(type.Element!)})!",
        TypeKind.Map => $"global::Sdkgen.Runtime.Json.JsonRead.Map(ref reader, {json.ItemReader(type.Element!)})!",
        _ => $"{json.ItemReader(type.AsNonNullable())}(ref reader)",
    };

    private static string Write(JsonCode json, TypeRef type) => json.WriteCall(type.AsNonNullable(), "variant") + ";";

    private static string Names(EquatableArray<string> names) => $"[{string.Join(", ", names.Select(DocComments.Literal))}]";

    private static string Local(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1) + "Variant";
}
