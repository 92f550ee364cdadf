using System;
using System.Collections.Generic;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// Reads a Swagger 2.0 document into the OpenAPI 3.0 tree that says the same, so the 3.x readers take it unchanged.
/// Every node keeps, or when made up here takes, the position of the 2.0 text it came from; a malformed 2.0 construct
/// is reported and the rest still upgrades.
/// </summary>
internal static class Swagger2Upgrader
{
    public const string OpenApiVersion = "3.0.3";

    public static bool IsSwagger2(YamlMapping document) => document.String("swagger") == "2.0";

    /// <summary>A context over the upgraded document, holding the 2.0 context's diagnostics and the upgrade's own; cancellation is checked per path and per definition.</summary>
    public static ParseContext Upgrade(ParseContext source)
    {
        var document = source.Root;
        var references = new ReferenceRewriter(source);
        var schemas = new SchemaUpgrader(references);
        var parameters = new ParameterUpgrader(source, schemas);
        var bodies = new RequestBodyUpgrader(source, schemas, parameters);
        var consumes = MediaTypes.Read(source, document, "consumes", Array.Empty<MediaType>());
        var produces = MediaTypes.Read(source, document, "produces", Array.Empty<MediaType>());
        var responses = new ResponseUpgrader(source, schemas, parameters, references, produces);
        var servers = new ServerUpgrader(source, document);
        var paths = new PathUpgrader(source, references, parameters, bodies, responses, servers, consumes, produces);

        var builder = new MappingBuilder();
        YamlScalar? componentsKey = null;
        foreach (var entry in document.Entries)
        {
            switch (entry.Key.Value)
            {
                case "swagger":
                    builder.Add("openapi", entry.Key, Nodes.Text(OpenApiVersion, entry.Value));
                    break;
                case "host" or "basePath" or "schemes":
                    if (!builder.Has("servers") && servers.DocumentServers() is { } list)
                    {
                        builder.Add("servers", entry.Key, list);
                    }

                    break;
                case "consumes" or "produces":
                    break;
                case "definitions" or "parameters" or "responses" or "securityDefinitions":
                    componentsKey ??= entry.Key;
                    break;
                case "paths":
                    builder.Add(entry.Key, paths.Paths(entry.Value));
                    break;
                default:
                    builder.Add(entry.Key, entry.Value);
                    break;
            }
        }

        if (componentsKey is not null)
        {
            builder.Add("components", componentsKey, Components(source, componentsKey, references, schemas, parameters, bodies, responses, consumes, produces));
        }

        var upgraded = new ParseContext(source.FilePath, builder.Build(document), source.CancellationToken);
        upgraded.Diagnostics.AddRange(source.Diagnostics);
        return upgraded;
    }

    private static YamlMapping Components(ParseContext source, YamlScalar at, ReferenceRewriter references, SchemaUpgrader schemas, ParameterUpgrader parameters, RequestBodyUpgrader bodies, ResponseUpgrader responses, IReadOnlyList<MediaType> consumes, IReadOnlyList<MediaType> produces)
    {
        var document = source.Root;
        var components = new MappingBuilder();
        if (Section(source, "definitions") is { } definitions)
        {
            var built = new MappingBuilder();
            foreach (var entry in definitions.Entries)
            {
                source.CancellationToken.ThrowIfCancellationRequested();
                built.Add(entry.Key, schemas.Upgrade(entry.Value));
            }

            components.Add("schemas", document.KeyOf("definitions")!, built.Build(definitions));
        }

        if (Section(source, "parameters") is { } shared)
        {
            // Body parameters become request bodies; formData ones have no 3.0 component and are folded into each operation's form.
            var plain = new MappingBuilder();
            var requestBodies = new MappingBuilder();
            foreach (var entry in shared.Entries)
            {
                if (entry.Value is not YamlMapping parameter)
                {
                    continue;
                }

                switch (parameter.String("in"))
                {
                    case "body":
                        requestBodies.Add(entry.Key, bodies.FromBody(parameter, consumes));
                        break;
                    case "formData":
                        break;
                    default:
                        plain.Add(entry.Key, parameter["$ref"] is YamlScalar reference ? references.RewriteHolder(parameter, reference) : parameters.Parameter(parameter));
                        break;
                }
            }

            var key = document.KeyOf("parameters")!;
            components.Add("parameters", key, plain.Build(shared));
            if (requestBodies.Count > 0)
            {
                components.Add("requestBodies", key, requestBodies.Build(shared));
            }
        }

        if (Section(source, "responses") is { } sharedResponses)
        {
            var built = new MappingBuilder();
            foreach (var entry in sharedResponses.Entries)
            {
                built.Add(entry.Key, entry.Value is YamlMapping response ? responses.Response(response, produces) : entry.Value);
            }

            components.Add("responses", document.KeyOf("responses")!, built.Build(sharedResponses));
        }

        if (Section(source, "securityDefinitions") is { } security)
        {
            components.Add("securitySchemes", document.KeyOf("securityDefinitions")!, SecurityUpgrader.Schemes(source, security));
        }

        return components.Build(at);
    }

    private static YamlMapping? Section(ParseContext source, string key)
    {
        switch (source.Root[key])
        {
            case YamlMapping mapping:
                return mapping;
            case null or YamlScalar { IsNull: true }:
                return null;
            case var other:
                source.Report(DiagnosticDescriptors.InvalidSchema, other, $"'{key}'", "it must be a mapping of names; it is ignored");
                return null;
        }
    }
}
