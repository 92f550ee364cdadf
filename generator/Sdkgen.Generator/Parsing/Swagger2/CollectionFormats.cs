using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>A 3.0 <c>style</c> with its <c>explode</c> flag.</summary>
internal readonly record struct ParameterStyle(string Name, bool Explode);

/// <summary>
/// 2.0 <c>collectionFormat</c> (csv when absent) → 3.0 <c>style</c>/<c>explode</c> for an array parameter:
/// csv → form (query, formData) or simple (path, header), ssv → spaceDelimited, pipes → pipeDelimited, multi → form exploded.
/// tsv, and ssv/pipes outside a query, have no 3.0 spelling: reported, and sent comma-separated.
/// </summary>
internal static class CollectionFormats
{
    public static ParameterStyle? StyleOf(ParseContext context, YamlMapping parameter, string location, string what)
    {
        if (parameter.String("type") != "array")
        {
            return null;
        }

        var node = parameter["collectionFormat"];
        var format = (node as YamlScalar) is { IsNull: false } scalar ? scalar.Value : "csv";
        var at = node ?? parameter;
        var isSimple = location is "path" or "header";
        var commaSeparated = isSimple ? new ParameterStyle("simple", false) : new ParameterStyle("form", false);
        switch (format)
        {
            case "csv":
                return commaSeparated;
            case "multi" when isSimple:
                context.Report(DiagnosticDescriptors.InvalidSchema, at, $"collectionFormat 'multi' of {what}", $"Swagger 2.0 allows it only in query and formData parameters; the values are sent comma-separated (style: {commaSeparated.Name})");
                return commaSeparated;
            case "multi":
                return new ParameterStyle("form", true);
            case "ssv" or "pipes" when isSimple:
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, at, $"collectionFormat '{format}' of {what}", $"OpenAPI 3 allows it only in query parameters; the values are sent comma-separated (style: {commaSeparated.Name})");
                return commaSeparated;
            case "ssv":
                return new ParameterStyle("spaceDelimited", false);
            case "pipes":
                return new ParameterStyle("pipeDelimited", false);
            case "tsv":
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, at, $"collectionFormat 'tsv' of {what}", $"OpenAPI 3 has no tab-separated style; the values are sent comma-separated (style: {commaSeparated.Name})");
                return commaSeparated;
            default:
                context.Report(DiagnosticDescriptors.InvalidSchema, at, $"collectionFormat '{format}' of {what}", "it is none of csv, ssv, tsv, pipes or multi; csv is used");
                return commaSeparated;
        }
    }
}
