using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing.Operations;

/// <summary>
/// Reads <c>responses</c>: one result shape for every success code (JSON, a stream of JSON values, server-sent
/// events, text or binary), and a typed error model for each error code, status range (<c>4XX</c>) and <c>default</c>.
/// </summary>
internal sealed class ResponseReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;

    public ResponseReader(ParseContext context, SchemaReader schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    public sealed record Result(ResponseKind Kind, TypeRef? Type, string? Description, List<ErrorResponseSpec> Errors, string? Accept);

    public Result Read(YamlMapping operation, string typePrefix, string methodName)
    {
        var streaming = operation["x-fern-streaming"] is YamlScalar { Value: "true" };
        var kind = ResponseKind.None;
        TypeRef? type = null;
        string? description = null;
        var accept = new List<string>();
        var errors = new List<ErrorResponseSpec>();
        var successSeen = false;
        var entries = operation.Mapping("responses")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var entry in entries.OrderBy(entry => entry.Key.Value, StringComparer.Ordinal))
        {
            var status = entry.Key.Value.ToUpperInvariant();
            var response = Resolve(entry.Value);
            var content = response?.Mapping("content")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
            if (status.StartsWith("2", StringComparison.Ordinal))
            {
                if (!successSeen)
                {
                    successSeen = true;
                    description = response?.String("description");
                }

                if (content.Count == 0)
                {
                    continue;
                }

                var chosen = content.OrderBy(item => Rank(item.Key.Value)).First();
                var (thisKind, thisType) = Shape(chosen.Key.Value, (chosen.Value as YamlMapping)?["schema"], streaming, typePrefix);
                accept.AddRange(thisKind == ResponseKind.Stream ? content.Select(item => item.Key.Value) : new[] { chosen.Key.Value });
                if (kind == ResponseKind.None)
                {
                    (kind, type) = (thisKind, thisType);
                }
                else if (kind != thisKind || !Same(type, thisType))
                {
                    (kind, type) = Loosen(kind, thisKind, chosen.Key, methodName);
                }
            }
            else if (ErrorStatus(status) && content.FirstOrDefault(item => MediaTypes.IsJson(item.Key.Value)) is { Value: YamlMapping json } && json["schema"] is { } schema)
            {
                errors.Add(new ErrorResponseSpec(status == "DEFAULT" ? "default" : status, _schemas.TypeOf(schema, typePrefix + "Error" + Identifier.Pascal(entry.Key.Value))));
            }
        }

        var acceptText = accept.Count == 0 ? null : string.Join(", ", accept.Distinct(StringComparer.OrdinalIgnoreCase));
        return new Result(kind, type, description, errors, acceptText);
    }

    /// <summary>JSON first (the form a client can always read), then the streamed forms, text, and anything else.</summary>
    private static int Rank(string mediaType)
        => MediaTypes.IsJson(mediaType) ? 0
        : MediaTypes.IsJsonStream(mediaType) ? 1
        : MediaTypes.IsEventStream(mediaType) ? 2
        : MediaTypes.IsPlainText(mediaType) ? 3
        : 4;

    private (ResponseKind Kind, TypeRef? Type) Shape(string mediaType, YamlNode? schema, bool streaming, string typePrefix)
    {
        if (MediaTypes.IsEventStream(mediaType))
        {
            return (ResponseKind.EventStream, _schemas.TypeOf(schema, typePrefix + "Event"));
        }

        if (MediaTypes.IsJsonStream(mediaType) || (streaming && MediaTypes.IsJson(mediaType)))
        {
            return (ResponseKind.JsonStream, _schemas.TypeOf(Items(schema, mediaType) ?? schema, typePrefix + "Chunk"));
        }

        if (MediaTypes.IsJson(mediaType) && schema is not null)
        {
            return (ResponseKind.Json, _schemas.TypeOf(schema, typePrefix + "Response"));
        }

        return MediaTypes.IsPlainText(mediaType) ? (ResponseKind.Text, null) : (ResponseKind.Stream, null);
    }

    /// <summary>
    /// JSON Lines documents sometimes describe the whole stream as an array of the values; each line is one item.
    /// </summary>
    private static YamlNode? Items(YamlNode? schema, string mediaType)
        => MediaTypes.IsJsonStream(mediaType) && schema is YamlMapping mapping && mapping.String("type") == "array" ? mapping["items"] : null;

    /// <summary>Success codes that answer differently: JSON of different types is JsonElement, mixed kinds a Stream.</summary>
    private (ResponseKind Kind, TypeRef? Type) Loosen(ResponseKind kind, ResponseKind other, YamlNode at, string methodName)
    {
        if (kind == ResponseKind.Json && other == ResponseKind.Json)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, at, "Success responses of different JSON types", $"{methodName} returns JsonElement");
            return (ResponseKind.Json, TypeRef.Of(TypeKind.Json));
        }

        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, at, "Success responses of different media types", $"{methodName} returns the body as a Stream");
        return (ResponseKind.Stream, null);
    }

    private static bool Same(TypeRef? left, TypeRef? right)
        => left is null ? right is null : right is not null && left with { Nullable = false } == right with { Nullable = false };

    private static bool ErrorStatus(string status)
        => status == "DEFAULT" || (status.Length == 3 && status[0] is '4' or '5' && (status.Substring(1) == "XX" || status.Skip(1).All(char.IsDigit)));

    private YamlMapping? Resolve(YamlNode node)
    {
        var response = node as YamlMapping;
        for (var hops = 0; hops < 32 && response?.String("$ref") is { } reference; hops++)
        {
            response = _context.ResolvePointer(reference) as YamlMapping;
        }

        return response;
    }
}
