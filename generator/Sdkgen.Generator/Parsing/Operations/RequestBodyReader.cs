using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing.Operations;

/// <summary>
/// Reads <c>requestBody</c>: picks one media type (JSON first, then form, multipart, text, anything else as binary)
/// and how it is written: a typed value for JSON and form bodies, parts for multipart, a Stream or string otherwise.
/// </summary>
internal sealed class RequestBodyReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;

    public RequestBodyReader(ParseContext context, SchemaReader schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    public sealed record Result(TypeRef? Type, RequestBodySpec Spec, bool Required, string? Description);

    /// <summary>The body, or null when the operation has none.</summary>
    /// <param name="names">The C# names taken so far in the method; multipart parts add theirs.</param>
    public Result? Read(YamlMapping operation, string typePrefix, string methodName, HashSet<string> names)
    {
        var body = operation.Mapping("requestBody");
        if (body?.String("$ref") is { } reference)
        {
            body = _context.ResolvePointer(reference) as YamlMapping;
        }

        if (body?.Mapping("content") is not { } content || content.Entries.Count == 0)
        {
            return null;
        }

        var chosen = content.Entries.OrderBy(entry => Rank(entry.Key.Value)).First();
        var mediaType = chosen.Key.Value;
        var media = chosen.Value as YamlMapping;
        var schema = media?["schema"];
        var required = body["required"] is YamlScalar { Value: "true" };
        var description = body.String("description");
        var empty = EquatableArray<FormEncodingSpec>.Empty;
        var noParts = EquatableArray<BodyPartSpec>.Empty;
        switch (Rank(mediaType))
        {
            case 0:
                return new Result(_schemas.TypeOf(schema, typePrefix + "Request"), new RequestBodySpec(BodyKind.Json, mediaType, empty, noParts), required, description);
            case 1:
                return new Result(_schemas.TypeOf(schema, typePrefix + "Request"), new RequestBodySpec(BodyKind.Form, mediaType, Encodings(media, schema), noParts), required, description);
            case 2:
                var parts = Parts(schema, media, typePrefix, names);
                return new Result(null, new RequestBodySpec(BodyKind.Multipart, mediaType, empty, parts), required || parts.Any(part => part.Required), description);
            case 3:
                return new Result(null, new RequestBodySpec(BodyKind.Text, mediaType, empty, noParts), required, description);
            default:
                if (schema is YamlMapping declared && !IsBinary(declared))
                {
                    // A wildcard (Kubernetes' '*/*') with a schema: the schema says what to send, and JSON is how.
                    if (mediaType.IndexOf('*') >= 0)
                    {
                        return new Result(_schemas.TypeOf(schema, typePrefix + "Request"), new RequestBodySpec(BodyKind.Json, "application/json", empty, noParts), required, description);
                    }

                    _context.Report(DiagnosticDescriptors.UnsupportedConstruct, chosen.Key, $"A '{mediaType}' request body with a schema", $"{methodName} takes it as a Stream of the encoded bytes");
                }

                return new Result(null, new RequestBodySpec(BodyKind.Binary, MediaTypes.Concrete(mediaType), empty, noParts), required, description);
        }
    }

    private static int Rank(string mediaType)
        => MediaTypes.IsJson(mediaType) ? 0
        : MediaTypes.IsForm(mediaType) ? 1
        : MediaTypes.IsMultipart(mediaType) ? 2
        : MediaTypes.IsText(mediaType) ? 3
        : 4;

    /// <summary>
    /// The <c>encoding</c> entries that set a style or explode; an array property without one is OpenAPI's default
    /// (form, exploded: repeated keys, as Twilio reads them). Objects without one keep the runtime's brackets.
    /// </summary>
    private EquatableArray<FormEncodingSpec> Encodings(YamlMapping? media, YamlNode? schema)
    {
        var result = new List<FormEncodingSpec>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in media?.Mapping("encoding")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (entry.Value is not YamlMapping encoding || (encoding["style"] is null && encoding["explode"] is null))
            {
                continue;
            }

            declared.Add(entry.Key.Value);
            var style = encoding.String("style") is { } text && ParameterReader.Parse(text) is { } parsed ? parsed : ParameterStyle.Form;
            var explode = encoding["explode"] is YamlScalar flag ? flag.Value == "true" : style == ParameterStyle.Form;
            if (style != ParameterStyle.DeepObject || !explode)
            {
                // Exploded deepObject (Stripe's brackets) is what the runtime does anyway: no need to say it.
                result.Add(new FormEncodingSpec(entry.Key.Value, style, explode));
            }
        }

        foreach (var property in Properties(schema))
        {
            if (!declared.Contains(property.Key) && Resolve(property.Value) is { } propertySchema && Nullability.Unwrap(propertySchema).Core.String("type") == "array")
            {
                result.Add(new FormEncodingSpec(property.Key, ParameterStyle.Form, Explode: true));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Each property of a multipart body is a part: binary ones are files, the others typed values.</summary>
    private EquatableArray<BodyPartSpec> Parts(YamlNode? schema, YamlMapping? media, string typePrefix, HashSet<string> names)
    {
        var required = new HashSet<string>(
            (Resolve(schema)?.Sequence("required")?.Items ?? Array.Empty<YamlNode>()).OfType<YamlScalar>().Select(item => item.Value),
            StringComparer.Ordinal);
        var parts = new List<BodyPartSpec>();
        foreach (var property in Properties(schema))
        {
            var propertySchema = Resolve(property.Value);
            var core = propertySchema is null ? null : Nullability.Unwrap(propertySchema).Core;
            var items = core?.String("type") == "array" ? Resolve(core["items"]) : null;
            var file = core is not null && IsBinary(core);
            var fileList = items is not null && IsBinary(Nullability.Unwrap(items).Core);
            var type = file || fileList ? null : _schemas.TypeOf(property.Value, typePrefix + Identifier.Pascal(property.Key));
            var contentType = media?.Mapping("encoding")?.Mapping(property.Key)?.String("contentType");
            parts.Add(new BodyPartSpec(
                property.Key,
                Identifier.Unique(Identifier.Camel(property.Key), names),
                type,
                fileList,
                required.Contains(property.Key),
                propertySchema?.String("description"),
                contentType));
        }

        return parts.ToEquatableArray();
    }

    /// <summary>A file: <c>format: binary</c> or <c>base64</c> (3.0), or <c>contentMediaType</c>/<c>contentEncoding</c> (3.1).</summary>
    private static bool IsBinary(YamlMapping schema)
        => schema.String("format") is "binary" or "byte" or "base64"
        || (schema.String("type") is null or "string" && (schema["contentMediaType"] is not null || schema["contentEncoding"] is not null));

    /// <summary>The properties of an object schema, following $ref and merging allOf.</summary>
    private IEnumerable<KeyValuePair<string, YamlNode>> Properties(YamlNode? schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        if (resolved is null || depth > 16)
        {
            yield break;
        }

        foreach (var part in resolved.Sequence("allOf")?.Items ?? Array.Empty<YamlNode>())
        {
            foreach (var property in Properties(part, depth + 1))
            {
                yield return property;
            }
        }

        foreach (var entry in resolved.Mapping("properties")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            yield return new KeyValuePair<string, YamlNode>(entry.Key.Value, entry.Value);
        }
    }

    /// <summary>Follows $refs (a bounded number of hops, so a loop cannot hang the compiler).</summary>
    private YamlMapping? Resolve(YamlNode? schema)
    {
        for (var hops = 0; hops < 32 && schema is YamlMapping mapping; hops++)
        {
            if (mapping.String("$ref") is not { } reference)
            {
                return mapping;
            }

            schema = _context.ResolvePointer(reference);
        }

        return null;
    }
}
