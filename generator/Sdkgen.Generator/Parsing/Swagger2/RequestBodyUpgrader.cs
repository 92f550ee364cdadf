using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// 2.0 sends a body through parameters; 3.0 has a Request Body Object. A <c>body</c> parameter becomes one content entry per
/// consumed media type (JSON when none is declared); <c>formData</c> parameters become the fields of an object schema sent
/// as <c>application/x-www-form-urlencoded</c>, or <c>multipart/form-data</c> when a field is a file or <c>consumes</c> says so.
/// </summary>
internal sealed class RequestBodyUpgrader
{
    private readonly ParseContext _context;
    private readonly SchemaUpgrader _schemas;
    private readonly ParameterUpgrader _parameters;

    public RequestBodyUpgrader(ParseContext context, SchemaUpgrader schemas, ParameterUpgrader parameters)
    {
        _context = context;
        _schemas = schemas;
        _parameters = parameters;
    }

    public YamlMapping FromBody(YamlMapping body, IReadOnlyList<MediaType> consumes)
    {
        YamlNode schema;
        if (body["schema"] is { } declared)
        {
            schema = _schemas.Upgrade(declared);
        }
        else
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, body, $"The body parameter '{body.String("name")}'", "it has no schema; the body is any JSON");
            schema = new MappingBuilder().Build(body);
        }

        var types = consumes.Count > 0 ? consumes : new[] { new MediaType(MediaType.Json, body) };
        var content = new MappingBuilder();
        foreach (var type in types)
        {
            content.Add(type.Name, type.At, new MappingBuilder().Add("schema", schema, schema).Build(type.At));
        }

        var builder = new MappingBuilder();
        foreach (var entry in body.Entries)
        {
            if (entry.Key.Value is "description" or "required" || Nodes.IsExtension(entry.Key.Value))
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        builder.Add("content", body.KeyOf("schema") ?? (YamlNode)body, content.Build(body));
        return builder.Build(body);
    }

    public YamlMapping FromForm(IReadOnlyList<YamlMapping> fields, IReadOnlyList<MediaType> consumes)
    {
        var first = fields[0];
        var properties = new MappingBuilder();
        var required = new List<YamlNode>();
        var styles = new MappingBuilder();
        foreach (var field in fields)
        {
            if (field["name"] is not YamlScalar { IsNull: false } name)
            {
                _context.Report(DiagnosticDescriptors.InvalidSchema, field, "A formData parameter", "it has no name; it is left out of the form");
                continue;
            }

            properties.Add(name, _parameters.FieldSchema(field));
            if (Nodes.IsTrue(field["required"]))
            {
                required.Add(Nodes.Text(name.Value, field["required"]!));
            }

            // The urlencoded default is style form, exploded (one name=value pair per item): say so only when it differs.
            if (_parameters.FieldStyle(field) is { } style && style != new ParameterStyle("form", true))
            {
                var at = field["collectionFormat"] ?? field;
                styles.Add(name, new MappingBuilder()
                    .Add("style", at, Nodes.Text(style.Name, at))
                    .Add("explode", at, Nodes.Plain(style.Explode ? "true" : "false", at))
                    .Build(at));
            }
        }

        var schema = new MappingBuilder()
            .Add("type", first, Nodes.Text("object", first))
            .Add("properties", first, properties.Build(first));
        if (required.Count > 0)
        {
            schema.Add("required", first, Nodes.List(required, first));
        }

        var content = new MappingBuilder();
        var schemaNode = schema.Build(first);
        foreach (var type in FormTypes(fields, consumes))
        {
            var media = new MappingBuilder().Add("schema", type.At, schemaNode);
            if (type.Essence == MediaType.FormUrlEncoded && styles.Count > 0)
            {
                media.Add("encoding", type.At, styles.Build(first));
            }

            content.Add(type.Name, type.At, media.Build(type.At));
        }

        var body = new MappingBuilder();
        if (required.Count > 0)
        {
            body.Add("required", first, Nodes.Plain("true", first));
        }

        return body.Add("content", first, content.Build(first)).Build(first);
    }

    private List<MediaType> FormTypes(IReadOnlyList<YamlMapping> fields, IReadOnlyList<MediaType> consumes)
    {
        var forms = consumes.Where(type => type.Essence is MediaType.FormUrlEncoded or MediaType.Multipart).ToList();
        if (forms.Count == 0 && consumes.Count > 0)
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, consumes[0].At, $"formData parameters with consumes '{consumes[0].Name}'", $"Swagger 2.0 sends formData only as {MediaType.FormUrlEncoded} or {MediaType.Multipart}; the form is sent as such");
        }

        var file = fields.FirstOrDefault(field => field.String("type") == "file");
        if (file is not null)
        {
            // A file travels only in a multipart form.
            forms.RemoveAll(type => type.Essence != MediaType.Multipart);
            return forms.Count > 0 ? forms : new List<MediaType> { new(MediaType.Multipart, file) };
        }

        return forms.Count > 0 ? forms : new List<MediaType> { new(MediaType.FormUrlEncoded, fields[0]) };
    }
}
