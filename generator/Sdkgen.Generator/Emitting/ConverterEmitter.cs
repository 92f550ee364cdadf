using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// A record's JSON converter: static ReadValue/WriteValue (called directly by other generated code), and Validate
/// for the records a request can carry that have something to check. Member dispatch, null handling and errors are
/// runtime helpers; what stays here is what differs per type.
/// </summary>
internal static class ConverterEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    // Names the generated methods use themselves; a member's local never takes one.
    private static readonly string[] ReservedLocals = ["reader", "writer", "value", "context", "next", "index", "options", "typeToConvert", "extras", "extra"];

    [System.ThreadStatic]
    private static HashSet<string>? s_taken;

    public static void Emit(SourceWriter writer, string ns, RecordSpec record, string access)
    {
        var type = $"global::{ns}.{record.Name}";
        var json = new JsonCode(ns);
        Preamble.OpenNamespace(writer, ns + ".Serialization", JsonCode.Aliases);
        Header(writer, record.Name, type, access);
        writer.Line($"private static readonly global::Sdkgen.Runtime.Json.JsonNames Names = new({string.Join(", ", record.Properties.Select(p => DocComments.Literal(p.JsonName)))});");
        writer.Line();
        var locals = Locals(record);
        EmitRead(writer, json, ns, record, type, locals);
        writer.Line();
        EmitWrite(writer, json, record, type, locals);
        if (record.Validates)
        {
            writer.Line();
            ValidationCode.EmitValidate(writer, ns, record, type);
        }

        writer.Close();
        Preamble.CloseNamespace(writer);
    }

    /// <summary>The part every converter shares: the class line and the JsonConverter overrides.</summary>
    public static void Header(SourceWriter writer, string name, string type, string access)
    {
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{access} sealed class {name}JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{type}>");
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {type} Read(ref {Reader} reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Writer} writer, {type} value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.Line();
    }

    /// <summary>
    /// Reads members into nullable locals, then builds the record: a member that may be null or is optional takes what
    /// was read (null when absent); an absent required one reads its spec default (or <c>{}</c>, see AbsentValues);
    /// only a member the record cannot hold without a value is an error.
    /// </summary>
    private static void EmitRead(SourceWriter writer, JsonCode json, string ns, RecordSpec record, string type, string[] locals)
    {
        writer.Line($"/// <summary>Reads a <see cref=\"{type}\"/>; members it does not know are skipped.</summary>");
        writer.Open($"public static {type} ReadValue(ref {Reader} reader)");
        writer.Line($"JsonRead.StartObject(ref reader, {DocComments.Literal(record.Name)});");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            writer.Line($"{TypeNames.Of(record.Properties[i].Type, ns, nullable: true)} {locals[i]} = null;");
        }

        if (record.Extras is { } extras)
        {
            writer.Line($"{TypeNames.Of(extras.Type, ns, nullable: true)} extras = null;");
        }

        writer.Line("var next = 0;");
        writer.Open(record.Extras is null
            ? "while (JsonRead.NextProperty(ref reader, Names, ref next, out var index))"
            : "while (JsonRead.NextProperty(ref reader, Names, ref next, out var index, out var extra))");
        writer.Open("switch (index)");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            var readType = property.Required ? property.Type : property.Type.AsNullable();
            json.ReadCase(writer, i, readType, locals[i]);
        }

        writer.Line(record.Extras is { } kept
            ? $"default: JsonRead.Extra(ref reader, ref extras, extra!, {json.ItemReader(kept.Type.Element!)}); break;"
            : "default: reader.Skip(); break;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"return new {type}");
        writer.Line("{");
        writer.Indent();
        var recordName = DocComments.Literal(record.Name);
        for (var i = 0; i < record.Properties.Count; i++)
        {
            // Each line straight into the file's builder: one per member of every record.
            var property = record.Properties[i];
            if (RecordEmitter.Nullable(property))
            {
                writer.Line($"{property.Name} = {locals[i]},");
            }
            else if (property.DefaultLiteral is { } literal)
            {
                writer.Line($"{property.Name} = {locals[i]} ?? {literal},");
            }
            else if (property.Default is { } absent)
            {
                writer.Line($"{property.Name} = {locals[i]} ?? {Absent(json, property.Type, absent)},");
            }
            else
            {
                writer.Line($"{property.Name} = {locals[i]} ?? throw JsonRead.Missing({recordName}, {DocComments.Literal(property.JsonName)}),");
            }
        }

        if (record.Extras is { } extrasMember)
        {
            writer.Line($"{extrasMember.Name} = extras,");
        }

        writer.Dedent();
        writer.Line("};");
        writer.Close();
    }

    /// <summary>A default as a C# literal where one is plain (numbers, booleans, strings); otherwise read from its JSON.</summary>
    private static string Absent(JsonCode json, TypeRef type, string defaultJson) => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Boolean => defaultJson,
        TypeKind.Int64 => defaultJson + "L",
        TypeKind.String => defaultJson,
        _ => $"global::Sdkgen.Runtime.SdkgenJson.Deserialize({DocComments.Literal(defaultJson)}u8, {json.ItemReader(type)})",
    };

    // locals: the members' local names, as in EmitRead; each names a member's value once it is known not to be null.
    private static void EmitWrite(SourceWriter writer, JsonCode json, RecordSpec record, string type, string[] locals)
    {
        writer.Line("/// <summary>Writes the object; optional members that are null are left out, required ones are always written.</summary>");
        writer.Open($"public static void WriteValue({Writer} writer, {type} value)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            // Required members, and optional ones a spec default stands in for, are always written.
            var always = property.Required || property.DefaultLiteral is not null;
            var memberType = always ? property.Type : property.Type.AsNullable();
            json.WriteMember(writer, memberType, i, property.Name, locals[i], present: always);
        }

        if (record.Extras is { } extras)
        {
            writer.Line($"if (value.{extras.Name} is {{ }} extras) JsonWrite.Members(writer, extras, {json.WriteFunction(extras.Type.Element!)});");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private static string[] Locals(RecordSpec record)
    {
        // One set per thread, refilled per record: a copy of the reserved names for each of a spec's records was garbage.
        var taken = s_taken ??= new HashSet<string>(System.StringComparer.Ordinal);
        taken.Clear();
        taken.UnionWith(ReservedLocals);
        var locals = new string[record.Properties.Count];
        for (var i = 0; i < locals.Length; i++)
        {
            locals[i] = Escape(Identifier.Unique(Identifier.Bare(Identifier.Camel(record.Properties[i].Name)), taken));
        }

        return locals;
    }

    private static string Escape(string local) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(local) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + local : local;

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
