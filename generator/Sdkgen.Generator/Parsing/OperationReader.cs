using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>Reads <c>paths</c> into <see cref="OperationSpec"/>s: grouping, method names, parameters, body and responses.</summary>
internal sealed class OperationReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly AuthSpec? _auth;
    private readonly OperationFilter _filter;

    public OperationReader(ParseContext context, SchemaReader schemas, AuthSpec? auth, OperationFilter filter)
    {
        _context = context;
        _schemas = schemas;
        _auth = auth;
        _filter = filter;
    }

    public static IEnumerable<(string Path, string Method, YamlMapping PathItem, YamlMapping Operation, YamlScalar MethodKey)> Operations(ParseContext context)
    {
        foreach (var path in context.Root.Mapping("paths")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (path.Value is not YamlMapping pathItem)
            {
                continue;
            }

            foreach (var entry in pathItem.Entries)
            {
                var method = entry.Key.Value.ToLowerInvariant();
                if (Array.IndexOf(HttpMethods, method) >= 0 && entry.Value is YamlMapping operation)
                {
                    yield return (path.Key.Value, method, pathItem, operation, entry.Key);
                }
            }
        }
    }

    /// <summary>Path-level parameters overlaid by operation-level ones (same name and location), $refs followed.</summary>
    public static List<YamlMapping> Parameters(ParseContext context, YamlMapping pathItem, YamlMapping operation)
    {
        var result = new List<YamlMapping>();
        foreach (var source in new[] { pathItem.Sequence("parameters"), operation.Sequence("parameters") })
        {
            foreach (var item in source?.Items ?? Array.Empty<YamlNode>())
            {
                var parameter = item is YamlMapping { } mapping && mapping.String("$ref") is { } reference
                    ? context.ResolvePointer(reference) as YamlMapping
                    : item as YamlMapping;
                if (parameter is null)
                {
                    continue;
                }

                result.RemoveAll(existing => existing.String("name") == parameter.String("name") && existing.String("in") == parameter.String("in"));
                result.Add(parameter);
            }
        }

        return result;
    }

    /// <summary>Every operation, with the YAML it came from (later passes, like pagination, read extensions from it).</summary>
    public List<(OperationSpec Spec, YamlMapping Node)> ReadAll()
    {
        var result = new List<(OperationSpec, YamlMapping)>();
        var methodNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, method, pathItem, operation, methodKey) in Operations(_context))
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var tags = operation.Sequence("tags")?.Items.OfType<YamlScalar>().Select(tag => tag.Value) ?? Enumerable.Empty<string>();
            if (!_filter.Keeps(path, operation.String("operationId"), tags))
            {
                continue;
            }

            var group = GroupOf(operation);
            var groupKey = string.Join(".", group);
            if (!methodNames.TryGetValue(groupKey, out var taken))
            {
                methodNames[groupKey] = taken = new HashSet<string>(StringComparer.Ordinal);
            }

            var baseName = Identifier.Pascal(
                operation.String("x-fern-sdk-method-name")
                ?? operation.String("operationId")
                ?? method + " " + path);
            var methodName = Identifier.Unique(baseName + "Async", taken);
            if (methodName != baseName + "Async")
            {
                _context.Report(DiagnosticDescriptors.DuplicateOperation, methodKey, baseName + "Async", methodName);
            }

            if (Read(path, method, pathItem, operation, methodKey, group, methodName) is { } spec)
            {
                result.Add((spec, operation));
            }
        }

        return result;
    }

    private OperationSpec? Read(string path, string method, YamlMapping pathItem, YamlMapping operation, YamlScalar methodKey, EquatableArray<string> group, string methodName)
    {
        var typePrefix = methodName.Substring(0, methodName.Length - "Async".Length);
        // Names the generated method body uses for its own locals.
        var parameterNames = new HashSet<string>(StringComparer.Ordinal) { "request", "cancellationToken", "context", "call", "page", "pageCursor", "nextCursor", "item" };
        var parameters = new List<ParameterSpec>();
        foreach (var parameter in Parameters(_context, pathItem, operation))
        {
            var name = parameter.String("name");
            var location = parameter.String("in") switch
            {
                "path" => ParameterLocation.Path,
                "query" => ParameterLocation.Query,
                "header" => ParameterLocation.Header,
                _ => (ParameterLocation?)null,
            };
            if (name is null || location is null)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameter, $"Parameter '{name}' in '{parameter.String("in")}'", $"{methodName} is generated without it");
                continue;
            }

            if (location == ParameterLocation.Header && _auth is not null && string.Equals(name, _auth.HeaderName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var type = _schemas.TypeOf(parameter["schema"], typePrefix + Identifier.Pascal(name));
            if (type.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Record or TypeKind.Json)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameter, $"Parameter '{name}' of a structured type", $"{methodName} is generated without it");
                continue;
            }

            parameters.Add(new ParameterSpec(
                name,
                Identifier.Unique(Identifier.Camel(name), parameterNames),
                location.Value,
                type,
                location == ParameterLocation.Path || parameter["required"] is YamlScalar { Value: "true" },
                parameter.String("description"),
                parameter["deprecated"] is YamlScalar { Value: "true" },
                SchemaReader.ConstraintsOf(parameter["schema"])));
        }

        var body = RequestBody(operation, typePrefix, methodName, out var bodyRequired, out var bodyDescription, out var skip);
        if (skip)
        {
            return null;
        }

        var (responseKind, response, responseDescription, errors, accept) = Responses(operation, typePrefix);
        return new OperationSpec(
            group,
            methodName,
            method.ToUpperInvariant(),
            path,
            operation.String("summary"),
            operation.String("description"),
            operation["deprecated"] is YamlScalar { Value: "true" },
            parameters.ToEquatableArray(),
            body,
            bodyRequired,
            bodyDescription,
            responseKind,
            response,
            responseDescription,
            errors.ToEquatableArray(),
            accept);
    }

    private TypeRef? RequestBody(YamlMapping operation, string typePrefix, string methodName, out bool required, out string? description, out bool skip)
    {
        required = false;
        description = null;
        skip = false;
        var body = operation.Mapping("requestBody");
        if (body?.String("$ref") is { } reference)
        {
            body = _context.ResolvePointer(reference) as YamlMapping;
        }

        if (body?.Mapping("content") is not { } content || content.Entries.Count == 0)
        {
            return null;
        }

        required = body["required"] is YamlScalar { Value: "true" };
        description = body.String("description");
        foreach (var entry in content.Entries)
        {
            if (IsJson(entry.Key.Value))
            {
                return _schemas.TypeOf((entry.Value as YamlMapping)?["schema"], typePrefix + "Request");
            }
        }

        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, content.Entries[0].Key, $"Request body '{content.Entries[0].Key.Value}'", $"operation {methodName} is not generated");
        skip = true;
        return null;
    }

    private (ResponseKind Kind, TypeRef? Type, string? Description, List<ErrorResponseSpec> Errors, string? Accept) Responses(YamlMapping operation, string typePrefix)
    {
        var kind = ResponseKind.None;
        TypeRef? type = null;
        string? description = null;
        string? accept = null;
        var successSeen = false;
        var errors = new List<ErrorResponseSpec>();
        var entries = operation.Mapping("responses")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var entry in entries.OrderBy(entry => entry.Key.Value, StringComparer.Ordinal))
        {
            var status = entry.Key.Value;
            var response = entry.Value as YamlMapping;
            if (response?.String("$ref") is { } reference)
            {
                response = _context.ResolvePointer(reference) as YamlMapping;
            }

            var content = response?.Mapping("content");
            var json = content?.Entries.FirstOrDefault(item => IsJson(item.Key.Value));
            var jsonSchema = (json?.Value as YamlMapping)?["schema"];
            if (status.StartsWith("2", StringComparison.Ordinal))
            {
                if (successSeen)
                {
                    continue;
                }

                successSeen = true;
                description = response?.String("description");
                if (jsonSchema is not null)
                {
                    kind = ResponseKind.Json;
                    type = _schemas.TypeOf(jsonSchema, typePrefix + "Response");
                    accept = json!.Value.Key.Value;
                }
                else if (content is { Entries.Count: > 0 })
                {
                    kind = ResponseKind.Stream;
                    accept = string.Join(", ", content.Entries.Select(item => item.Key.Value));
                }
            }
            else if (jsonSchema is not null && (status is "default" || status[0] is '4' or '5'))
            {
                errors.Add(new ErrorResponseSpec(status, _schemas.TypeOf(jsonSchema, typePrefix + "Error" + Identifier.Pascal(status))));
            }
        }

        return (kind, type, description, errors, accept);
    }

    /// <summary>Fern group names win; else the first tag, where Fern's nested "subpackage_a/b" tags become a path.</summary>
    private static EquatableArray<string> GroupOf(YamlMapping operation)
    {
        switch (operation["x-fern-sdk-group-name"])
        {
            case YamlScalar scalar:
                return new[] { Identifier.Pascal(scalar.Value) }.ToEquatableArray();
            case YamlSequence sequence:
                return sequence.Items.OfType<YamlScalar>().Select(item => Identifier.Pascal(item.Value)).ToEquatableArray();
        }

        var tag = operation.Sequence("tags")?.Items.FirstOrDefault();
        if (tag is YamlSequence nested)
        {
            tag = nested.Items.LastOrDefault();
        }

        if (tag is not YamlScalar { IsNull: false } tagName)
        {
            return EquatableArray<string>.Empty;
        }

        var text = tagName.Value;
        if (text.StartsWith("subpackage_", StringComparison.Ordinal))
        {
            return text.Split('/')
                .Select(part => part.StartsWith("subpackage_", StringComparison.Ordinal) ? part.Substring("subpackage_".Length) : part)
                .Select(Identifier.Pascal)
                .ToEquatableArray();
        }

        return new[] { Identifier.Pascal(text) }.ToEquatableArray();
    }

    private static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
