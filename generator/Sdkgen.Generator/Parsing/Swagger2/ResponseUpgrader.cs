using System;
using System.Collections.Generic;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// 2.0 responses name one <c>schema</c> for every media type in <c>produces</c>; 3.0 lists a content entry per media type
/// (JSON when nothing is produced; a file download is <c>application/octet-stream</c>). <c>examples</c> move to their
/// media type, headers get a schema, and <c>default</c> and extensions stay as they are.
/// </summary>
internal sealed class ResponseUpgrader
{
    private const string ComponentPrefix = "#/responses/";

    private readonly ParseContext _context;
    private readonly SchemaUpgrader _schemas;
    private readonly ParameterUpgrader _parameters;
    private readonly ReferenceRewriter _references;
    private readonly IReadOnlyList<MediaType> _documentProduces;

    public ResponseUpgrader(ParseContext context, SchemaUpgrader schemas, ParameterUpgrader parameters, ReferenceRewriter references, IReadOnlyList<MediaType> documentProduces)
    {
        _context = context;
        _schemas = schemas;
        _parameters = parameters;
        _references = references;
        _documentProduces = documentProduces;
    }

    /// <summary>An operation's Responses Object.</summary>
    public YamlNode Responses(YamlNode node, IReadOnlyList<MediaType> produces)
    {
        if (node is not YamlMapping responses)
        {
            return node;
        }

        var builder = new MappingBuilder();
        foreach (var entry in responses.Entries)
        {
            builder.Add(entry.Key, entry.Value is YamlMapping response && !Nodes.IsExtension(entry.Key.Value) ? Response(response, produces) : entry.Value);
        }

        return builder.Build(responses);
    }

    /// <summary>One Response Object, or a reference to a component response.</summary>
    public YamlMapping Response(YamlMapping response, IReadOnlyList<MediaType> produces)
    {
        if (response["$ref"] is YamlScalar reference)
        {
            // The component is upgraded with the document's produces; an operation that produces other types gets its own copy.
            if (!MediaTypes.SameNames(produces, _documentProduces)
                && reference.Value.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                && _context.ResolvePointer(reference.Value) is YamlMapping target
                && target["$ref"] is null)
            {
                return Response(target, produces);
            }

            return _references.RewriteHolder(response, reference);
        }

        var builder = new MappingBuilder();
        foreach (var entry in response.Entries)
        {
            switch (entry.Key.Value)
            {
                case "schema":
                    builder.Add("content", entry.Key, Content(response, entry.Value, produces));
                    break;
                case "examples":
                    break;
                case "headers" when entry.Value is YamlMapping headers:
                    var upgraded = new MappingBuilder();
                    foreach (var header in headers.Entries)
                    {
                        upgraded.Add(header.Key, header.Value is YamlMapping mapping ? _parameters.Header(mapping, header.Key.Value) : header.Value);
                    }

                    builder.Add(entry.Key, upgraded.Build(headers));
                    break;
                default:
                    builder.Add(entry.Key, entry.Value);
                    break;
            }
        }

        return builder.Build(response);
    }

    private YamlMapping Content(YamlMapping response, YamlNode schemaNode, IReadOnlyList<MediaType> produces)
    {
        var schema = _schemas.Upgrade(schemaNode);
        var isFile = (schemaNode as YamlMapping)?.String("type") == "file";
        var types = produces.Count > 0 ? produces : new[] { new MediaType(isFile ? MediaType.Binary : MediaType.Json, schemaNode) };
        var examples = response.Mapping("examples");
        var content = new MappingBuilder();
        foreach (var type in types)
        {
            var media = new MappingBuilder().Add("schema", type.At, schema);
            if (examples?.KeyOf(type.Name) is { } exampleKey)
            {
                media.Add("example", exampleKey, examples[type.Name]!);
            }

            content.Add(type.Name, type.At, media.Build(type.At));
        }

        return content.Build(schemaNode);
    }
}
