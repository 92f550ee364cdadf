using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// <c>paths</c>: each operation's body and formData parameters (its own and its path's) become its <c>requestBody</c>,
/// the other parameters are upgraded in place, <c>consumes</c>/<c>produces</c> become content media types and
/// <c>schemes</c> become the operation's <c>servers</c>. Everything else in a path or an operation is kept.
/// </summary>
internal sealed class PathUpgrader
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch" };

    private readonly ParseContext _context;
    private readonly ReferenceRewriter _references;
    private readonly ParameterUpgrader _parameters;
    private readonly RequestBodyUpgrader _bodies;
    private readonly ResponseUpgrader _responses;
    private readonly ServerUpgrader _servers;
    private readonly IReadOnlyList<MediaType> _documentConsumes;
    private readonly IReadOnlyList<MediaType> _documentProduces;

    public PathUpgrader(ParseContext context, ReferenceRewriter references, ParameterUpgrader parameters, RequestBodyUpgrader bodies, ResponseUpgrader responses, ServerUpgrader servers, IReadOnlyList<MediaType> documentConsumes, IReadOnlyList<MediaType> documentProduces)
    {
        _context = context;
        _references = references;
        _parameters = parameters;
        _bodies = bodies;
        _responses = responses;
        _servers = servers;
        _documentConsumes = documentConsumes;
        _documentProduces = documentProduces;
    }

    public YamlNode Paths(YamlNode node)
    {
        if (node is not YamlMapping paths)
        {
            return node;
        }

        var builder = new MappingBuilder();
        foreach (var entry in paths.Entries)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            builder.Add(entry.Key, entry.Value is YamlMapping item && !Nodes.IsExtension(entry.Key.Value) ? PathItem(item) : entry.Value);
        }

        return builder.Build(paths);
    }

    private YamlMapping PathItem(YamlMapping item)
    {
        var shared = ParameterList.Read(_context, item["parameters"]);
        var builder = new MappingBuilder();
        foreach (var entry in item.Entries)
        {
            var key = entry.Key.Value;
            if (key == "parameters" && entry.Value is YamlSequence list)
            {
                AddParameters(builder, entry.Key, shared, list);
            }
            else if (key == "$ref" && entry.Value is YamlScalar reference)
            {
                builder.Add(entry.Key, Nodes.Text(_references.Rewrite(reference.Value), reference));
            }
            else if (Array.IndexOf(Methods, key.ToLowerInvariant()) >= 0 && entry.Value is YamlMapping operation)
            {
                builder.Add(entry.Key, Operation(operation, shared));
            }
            else
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        return builder.Build(item);
    }

    private YamlMapping Operation(YamlMapping operation, List<ParameterItem> shared)
    {
        var consumes = MediaTypes.Read(_context, operation, "consumes", _documentConsumes);
        var produces = MediaTypes.Read(_context, operation, "produces", _documentProduces);
        var own = ParameterList.Read(_context, operation["parameters"]);
        var payload = shared.Where(item => item.IsPayload && !own.Any(mine => mine.SameAs(item))).Concat(own.Where(item => item.IsPayload)).ToList();
        var requestBody = RequestBody(payload, consumes);

        var builder = new MappingBuilder();
        foreach (var entry in operation.Entries)
        {
            switch (entry.Key.Value)
            {
                case "consumes" or "produces":
                    break;
                case "schemes":
                    if (_servers.OperationServers(entry.Value) is { } servers)
                    {
                        builder.Add("servers", entry.Key, servers);
                    }

                    break;
                case "parameters" when entry.Value is YamlSequence list:
                    AddParameters(builder, entry.Key, own, list);
                    break;
                case "responses":
                    builder.Add(entry.Key, _responses.Responses(entry.Value, produces));
                    break;
                default:
                    builder.Add(entry.Key, entry.Value);
                    break;
            }
        }

        if (requestBody is not null)
        {
            builder.Add("requestBody", payload[0].Node, requestBody);
        }

        return builder.Build(operation);
    }

    /// <summary>The parameters that stay parameters in 3.0 (none left when all were body or formData); a reference to a component parameter stays a reference.</summary>
    private void AddParameters(MappingBuilder builder, YamlScalar key, List<ParameterItem> items, YamlSequence list)
    {
        var result = new List<YamlNode>();
        foreach (var item in items.Where(item => !item.IsPayload))
        {
            if (item.Reference is { } reference)
            {
                result.Add(_references.RewriteHolder((YamlMapping)item.Node, reference));
            }
            else
            {
                result.Add(item.Parameter is { } parameter ? _parameters.Parameter(parameter) : item.Node);
            }
        }

        if (result.Count > 0 || list.Items.Count == 0)
        {
            builder.Add(key, Nodes.List(result, list));
        }
    }

    private YamlNode? RequestBody(List<ParameterItem> payload, IReadOnlyList<MediaType> consumes)
    {
        var bodies = payload.Where(item => item.In == "body").ToList();
        var fields = payload.Where(item => item.In == "formData").ToList();
        if (bodies.Count == 0)
        {
            return fields.Count == 0 ? null : _bodies.FromForm(fields.Select(item => item.Parameter!).ToList(), consumes);
        }

        foreach (var extra in bodies.Skip(1))
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, extra.Node, $"The body parameter '{extra.Parameter!.String("name")}'", "an operation has at most one body parameter; it is left out");
        }

        if (fields.Count > 0)
        {
            _context.Report(DiagnosticDescriptors.InvalidSchema, fields[0].Node, $"The formData parameter '{fields[0].Parameter!.String("name")}'", "an operation with a body parameter cannot also have formData parameters; they are left out");
        }

        // A component body keeps its reference when this operation consumes what the document does (the component was upgraded with that).
        var body = bodies[0];
        if (body.Reference is { } reference && MediaTypes.SameNames(consumes, _documentConsumes) && reference.Value.StartsWith("#/parameters/", StringComparison.Ordinal)
            && ReferenceEquals(_context.ResolvePointer(reference.Value), body.Parameter))
        {
            return _references.RewriteHolder((YamlMapping)body.Node, reference);
        }

        return _bodies.FromBody(body.Parameter!, consumes);
    }
}
