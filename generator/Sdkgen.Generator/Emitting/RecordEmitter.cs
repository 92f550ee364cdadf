using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>An object schema → a sealed record with <c>required</c>/<c>init</c> members.</summary>
internal static class RecordEmitter
{
    public static string Emit(string ns, RecordSpec record, string access)
    {
        var writer = Preamble.Start(ns);
        DocComments.Summary(writer, record.Description ?? $"The {record.Name} schema.");
        DocComments.Obsolete(writer, record.Deprecated, record.Name);
        writer.Line(Preamble.GeneratedCode);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({TypeNames.Converter(record.Name, ns)}))]");
        writer.Open($"{access} sealed partial record {record.Name}");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            if (i > 0)
            {
                writer.Line();
            }

            if (property.Description is null)
            {
                writer.Line($"/// <summary>The <c>{DocComments.Escape(property.JsonName)}</c> property.</summary>");
            }
            else
            {
                DocComments.Summary(writer, property.Description);
            }

            writer.Line($"/// <remarks>JSON name: <c>{DocComments.Escape(property.JsonName)}</c>.{Remark(property)}</remarks>");
            // C# forbids [Obsolete] on required members (CS9042); their deprecation stays in the docs.
            DocComments.Obsolete(writer, property.Deprecated && !property.Required, record.Name + "." + property.Name);
            var required = property.Required ? "required " : string.Empty;
            writer.Line($"public {required}{TypeNames.Of(property.Type, ns, Nullable(property))} {property.Name} {{ get; init; }}");
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>Optional members are nullable: absent and null both read as null.</summary>
    public static bool Nullable(PropertySpec property) => property.Type.Nullable || !property.Required;

    private static string Remark(PropertySpec property)
        => (property.Required ? property.Type.Nullable ? " Required: always present, may be null." : " Required." : string.Empty)
        + (property.Deprecated && property.Required ? " Deprecated in the API spec." : string.Empty);
}
