using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;
using Sdkgen.Generator.Parsing.Operations;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Reads <c>paths</c> into <see cref="OperationSpec"/>s: grouping and method names here; parameters, body and
/// responses in <see cref="ParameterReader"/>, <see cref="RequestBodyReader"/> and <see cref="ResponseReader"/>.
/// </summary>
internal sealed class OperationReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly ParseContext _context;
    private readonly AuthSpec? _auth;
    private readonly OperationFilter _filter;
    private readonly ParameterReader _parameters;
    private readonly RequestBodyReader _bodies;
    private readonly ResponseReader _responses;

    public OperationReader(ParseContext context, SchemaReader schemas, AuthSpec? auth, OperationFilter filter)
    {
        _context = context;
        _auth = auth;
        _filter = filter;
        _parameters = new ParameterReader(context, schemas);
        _bodies = new RequestBodyReader(context, schemas);
        _responses = new ResponseReader(context, schemas);
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
        // Every operation's method name first, subset or not: a name more than one operation has is shared, and a
        // subset names its types as the full document does.
        var operations = Operations(_context).Select(entry => (Entry: entry, BaseName: MethodNameOf(entry.Path, entry.Method, entry.Operation))).ToList();
        var useCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, name) in operations)
        {
            useCounts[name] = useCounts.TryGetValue(name, out var count) ? count + 1 : 1;
        }

        foreach (var ((path, method, pathItem, operation, methodKey), baseName) in operations)
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

            var name = Identifier.Unique(baseName, taken);
            if (name != baseName)
            {
                _context.Report(DiagnosticDescriptors.DuplicateOperation, methodKey, baseName + "Async", name + "Async");
            }

            // Inline types are named after their operation: a method name that other groups use too ("Get") is
            // qualified by its group, so no type is named after whichever operation happened to come first.
            var typePrefix = useCounts[baseName] > 1 ? string.Concat(group) + name : name;
            result.Add((Read(path, method, pathItem, operation, group, name + "Async", typePrefix), operation));
        }

        return result;
    }

    private static string MethodNameOf(string path, string method, YamlMapping operation) => Identifier.Pascal(
        operation.String("x-fern-sdk-method-name")
        ?? operation.String("operationId")
        ?? method + " " + path);

    private OperationSpec Read(string path, string method, YamlMapping pathItem, YamlMapping operation, EquatableArray<string> group, string methodName, string typePrefix)
    {
        // Names the generated method body uses for its own locals.
        var parameterNames = new HashSet<string>(StringComparer.Ordinal) { "request", "cancellationToken", "context", "call", "form", "page", "pageCursor", "nextCursor", "item" };
        var parameters = new List<ParameterSpec>();
        foreach (var parameter in Parameters(_context, pathItem, operation))
        {
            if (parameter.String("in") == "header" && _auth is not null && string.Equals(parameter.String("name"), _auth.HeaderName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (_parameters.Read(parameter, typePrefix, methodName, parameterNames) is { } spec)
            {
                parameters.Add(spec);
            }
        }

        var body = _bodies.Read(operation, typePrefix, methodName, parameterNames);
        var responses = _responses.Read(operation, typePrefix, methodName);
        return new OperationSpec(
            group,
            methodName,
            method.ToUpperInvariant(),
            path,
            operation.String("summary"),
            operation.String("description"),
            operation["deprecated"] is YamlScalar { Value: "true" },
            parameters.ToEquatableArray(),
            body?.Type,
            body?.Required ?? false,
            body?.Description,
            responses.Kind,
            responses.Type,
            responses.Description,
            responses.Errors.ToEquatableArray(),
            responses.Accept,
            RequestBody: body?.Spec);
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
                .Select(part => Identifier.Pascal(part))
                .ToEquatableArray();
        }

        return new[] { Identifier.Pascal(text) }.ToEquatableArray();
    }
}
