using System;
using System.Collections.Generic;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// 2.0 query/header/path parameters, response headers and formData fields carry their type inline
/// (<c>type</c>, <c>format</c>, <c>items</c>, <c>enum</c>, bounds…); 3.0 moves those into a <c>schema</c>
/// and spells <c>collectionFormat</c> as <c>style</c>/<c>explode</c>.
/// </summary>
internal sealed class ParameterUpgrader
{
    private static readonly HashSet<string> SchemaKeywords = new(StringComparer.Ordinal)
    {
        "type", "format", "items", "default", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "x-nullable",
    };

    private readonly ParseContext _context;
    private readonly SchemaUpgrader _schemas;

    // A component parameter is used by many operations: upgrade (and report) it once.
    private readonly Dictionary<YamlNode, YamlMapping> _parameters = new();
    private readonly Dictionary<YamlNode, YamlNode> _fields = new();
    private readonly Dictionary<YamlNode, ParameterStyle?> _fieldStyles = new();

    public ParameterUpgrader(ParseContext context, SchemaUpgrader schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    /// <summary>A query, path or header parameter: the 3.0 Parameter Object.</summary>
    public YamlMapping Parameter(YamlMapping parameter)
    {
        if (!_parameters.TryGetValue(parameter, out var result))
        {
            var location = parameter.String("in") ?? string.Empty;
            var what = $"{location} parameter '{parameter.String("name")}'";
            result = WithSchema(parameter, CollectionFormats.StyleOf(_context, parameter, location, what), SchemaOf(parameter, what, asField: false));
            _parameters[parameter] = result;
        }

        return result;
    }

    /// <summary>A response header: the 3.0 Header Object (a parameter without name and in, always <c>style: simple</c>).</summary>
    public YamlMapping Header(YamlMapping header, string name)
    {
        if (!_parameters.TryGetValue(header, out var result))
        {
            var what = $"response header '{name}'";
            result = WithSchema(header, CollectionFormats.StyleOf(_context, header, "header", what), SchemaOf(header, what, asField: false));
            _parameters[header] = result;
        }

        return result;
    }

    /// <summary>A formData parameter as the schema of its form field; its description and extensions go with it.</summary>
    public YamlNode FieldSchema(YamlMapping parameter)
    {
        if (!_fields.TryGetValue(parameter, out var result))
        {
            result = SchemaOf(parameter, $"formData parameter '{parameter.String("name")}'", asField: true);
            _fields[parameter] = result;
        }

        return result;
    }

    /// <summary>How a formData array is written in a urlencoded form (the 3.0 Encoding Object's style), or null when not an array.</summary>
    public ParameterStyle? FieldStyle(YamlMapping parameter)
    {
        if (!_fieldStyles.TryGetValue(parameter, out var result))
        {
            result = CollectionFormats.StyleOf(_context, parameter, "formData", $"formData parameter '{parameter.String("name")}'");
            _fieldStyles[parameter] = result;
        }

        return result;
    }

    private static YamlMapping WithSchema(YamlMapping parameter, ParameterStyle? style, YamlNode schema)
    {
        var builder = new MappingBuilder();
        foreach (var entry in parameter.Entries)
        {
            if (SchemaKeywords.Contains(entry.Key.Value) || entry.Key.Value == "schema")
            {
                if (!builder.Has("schema"))
                {
                    builder.Add("schema", entry.Key, schema);
                }
            }
            else if (entry.Key.Value != "collectionFormat")
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        if (!builder.Has("schema"))
        {
            builder.Add("schema", parameter, schema);
        }

        if (style is { } chosen)
        {
            var at = parameter["collectionFormat"] ?? parameter;
            builder.Add("style", at, Nodes.Text(chosen.Name, at));
            builder.Add("explode", at, Nodes.Plain(chosen.Explode ? "true" : "false", at));
        }

        return builder.Build(parameter);
    }

    private YamlNode SchemaOf(YamlMapping parameter, string what, bool asField)
    {
        if (parameter["type"] is null && parameter["schema"] is YamlMapping schema)
        {
            // Not 2.0, but unambiguous: a 3.0-style schema written on a 2.0 parameter.
            return _schemas.Upgrade(schema);
        }

        var builder = new MappingBuilder();
        if (parameter["type"] is null)
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, parameter, $"The {what}", "it has no 'type'; it is read as a string");
            builder.Add("type", parameter, Nodes.Text("string", parameter));
        }
        else if (!asField && parameter.String("type") == "file")
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, parameter["type"]!, $"The {what}", "Swagger 2.0 allows 'type: file' only in formData parameters; it is read as binary");
        }

        foreach (var entry in parameter.Entries)
        {
            var key = entry.Key.Value;
            if (key == "items")
            {
                builder.Add(entry.Key, Items(entry.Value, what));
            }
            else if (SchemaKeywords.Contains(key) || (asField && (key == "description" || Nodes.IsExtension(key))))
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        return _schemas.Upgrade(builder.Build(parameter));
    }

    /// <summary>An Items Object is a schema, except that it may nest a collectionFormat, which 3.0 cannot say.</summary>
    private YamlNode Items(YamlNode node, string what)
    {
        if (node is not YamlMapping items)
        {
            return node;
        }

        var builder = new MappingBuilder();
        foreach (var entry in items.Entries)
        {
            if (entry.Key.Value == "collectionFormat")
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, entry.Key, $"The collectionFormat of nested array items in {what}", "OpenAPI 3 cannot say how an array inside an array is written; the default is used");
            }
            else
            {
                builder.Add(entry.Key, entry.Key.Value == "items" ? Items(entry.Value, what) : entry.Value);
            }
        }

        return builder.Build(items);
    }
}
