using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing.Operations;

/// <summary>
/// Reads an operation's parameters: location, style and explode (OpenAPI's defaults where absent), type and
/// constraints. A parameter without a <c>schema</c> takes its <c>content</c> schema, or is a string.
/// </summary>
internal sealed class ParameterReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;

    public ParameterReader(ParseContext context, SchemaReader schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    /// <summary>One parameter, or null (reported) when it has no name or no known location.</summary>
    /// <param name="names">The C# names taken so far in the method; the parameter's is added.</param>
    public ParameterSpec? Read(YamlMapping parameter, string typePrefix, string methodName, HashSet<string> names)
    {
        var name = parameter.String("name");
        var location = LocationOf(parameter.String("in"));
        if (name is null || location is null)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameter, $"Parameter '{name}' in '{parameter.String("in")}'", $"{methodName} is generated without it");
            return null;
        }

        var schema = parameter["schema"] ?? ((parameter.Mapping("content")?.Entries.FirstOrDefault().Value) as YamlMapping)?["schema"];
        var type = schema is null ? TypeRef.Of(TypeKind.String) : _schemas.TypeOf(schema, typePrefix + Identifier.Pascal(name));
        var style = StyleOf(parameter, location.Value, name, methodName);
        return new ParameterSpec(
            name,
            Identifier.Unique(Identifier.Camel(name), names),
            location.Value,
            type,
            location == ParameterLocation.Path || parameter["required"] is YamlScalar { Value: "true" },
            parameter.String("description"),
            parameter["deprecated"] is YamlScalar { Value: "true" },
            SchemaReader.ConstraintsOf(schema),
            style,
            parameter["explode"] is YamlScalar { } explode ? explode.Value == "true" : ParameterSpec.DefaultExplode(style));
    }

    private static ParameterLocation? LocationOf(string? location) => location switch
    {
        "path" => ParameterLocation.Path,
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "cookie" => ParameterLocation.Cookie,
        _ => null,
    };

    /// <summary>The declared style when the location takes it; otherwise the location's default (reported).</summary>
    private ParameterStyle StyleOf(YamlMapping parameter, ParameterLocation location, string name, string methodName)
    {
        var fallback = ParameterSpec.DefaultStyle(location);
        if (parameter.String("style") is not { } text)
        {
            return fallback;
        }

        var style = Parse(text);
        var allowed = location switch
        {
            ParameterLocation.Path => style is ParameterStyle.Simple or ParameterStyle.Label or ParameterStyle.Matrix,
            ParameterLocation.Query => style is ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited or ParameterStyle.DeepObject,
            ParameterLocation.Header => style == ParameterStyle.Simple,
            _ => style == ParameterStyle.Form,
        };
        if (style is { } known && allowed)
        {
            return known;
        }

        _context.Report(DiagnosticDescriptors.InvalidSchema, parameter.KeyOf("style")!, $"The style '{text}' of parameter '{name}' of {methodName}", $"it is sent in the {fallback} style");
        return fallback;
    }

    public static ParameterStyle? Parse(string style) => style switch
    {
        "simple" => ParameterStyle.Simple,
        "label" => ParameterStyle.Label,
        "matrix" => ParameterStyle.Matrix,
        "form" => ParameterStyle.Form,
        "spaceDelimited" => ParameterStyle.SpaceDelimited,
        "pipeDelimited" => ParameterStyle.PipeDelimited,
        "deepObject" => ParameterStyle.DeepObject,
        _ => null,
    };
}
