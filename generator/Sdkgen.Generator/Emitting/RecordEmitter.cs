using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>An object schema → a sealed record with <c>required</c>/<c>init</c> members; docs only where the spec says something.</summary>
internal static class RecordEmitter
{
    public static void Emit(SourceWriter writer, string ns, RecordSpec record, string access)
    {
        Preamble.OpenNamespace(writer, ns);
        DocComments.Summary(writer, record.Description);
        DocComments.Obsolete(writer, record.Deprecated, record.Name);
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(record.Name, ns)}))]");
        writer.Open($"{access} sealed partial record {record.Name}");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            if (i > 0 && (property.Description is not null || record.Properties[i - 1].Description is not null))
            {
                writer.Line();
            }

            // C# forbids [Obsolete] on required members (CS9042); the docs say so instead.
            DocComments.Summary(writer, property.Description, property.Deprecated && property.Required ? "Deprecated in the API spec." : null);
            DocComments.Obsolete(writer, property.Deprecated && !property.Required, record.Name, property.Name);
            var required = property.Required ? "required " : string.Empty;
            // A default that is C#'s own (false, 0) needs no initializer.
            var initial = property.DefaultLiteral is { } literal && literal is not ("false" or "0" or "0L" or "0.0") ? $" = {literal};" : string.Empty;
            writer.Line($"public {required}{TypeNames.Of(property.Type, ns, Nullable(property))} {property.Name} {{ get; init; }}{initial}");
        }

        if (record.Extras is { } extras)
        {
            writer.Line();
            writer.Line("/// <summary>Members the schema does not name (its <c>additionalProperties</c>), read and written as they came.</summary>");
            writer.Line($"public {TypeNames.Of(extras.Type, ns, nullable: true)} {extras.Name} {{ get; init; }}");
        }

        writer.Close();
        Preamble.CloseNamespace(writer);
    }

    /// <summary>Optional members are nullable (absent and null both read as null), unless a spec default stands in.</summary>
    public static bool Nullable(PropertySpec property) => property.Type.Nullable || (!property.Required && property.DefaultLiteral is null);
}
