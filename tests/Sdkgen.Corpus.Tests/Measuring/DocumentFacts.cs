using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SharpYaml.Model;

namespace Sdkgen.Corpus.Tests.Measuring;

/// <summary>What an OpenAPI/Swagger document holds, counted independently of Sdkgen's own parser.</summary>
internal sealed record DocumentFacts(string Version, int Operations, int Schemas)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static DocumentFacts Read(string text, string format)
    {
        var root = format == "json" ? JsonNode.Parse(text.TrimStart('\uFEFF'))!.AsObject() : YamlToJson(text);
        var version = (string?)(root["openapi"] ?? root["swagger"]) ?? "";
        var operations = (root["paths"] as JsonObject)?
            .Select(path => path.Value as JsonObject)
            .Sum(item => item?.Count(member => Methods.Contains(member.Key, StringComparer.Ordinal)) ?? 0) ?? 0;
        var schemas = ((root["components"] as JsonObject)?["schemas"] ?? root["definitions"]) as JsonObject;
        return new DocumentFacts(version, operations, schemas?.Count ?? 0);
    }

    /// <summary>YAML as JSON nodes (scalars as strings: only keys and counts matter here).</summary>
    private static JsonObject YamlToJson(string text)
    {
        var stream = YamlStream.Load(new StringReader(text));
        return Convert(stream[0].Contents) as JsonObject ?? throw new InvalidDataException("The YAML document is not a mapping.");
    }

    private static JsonNode? Convert(YamlElement? element) => element switch
    {
        YamlMapping mapping => new JsonObject(mapping.Select(pair => System.Collections.Generic.KeyValuePair.Create(((YamlValue)pair.Key).Value, Convert(pair.Value)))),
        YamlSequence sequence => new JsonArray(sequence.Select(Convert).ToArray()),
        YamlValue value => JsonValue.Create(value.Value),
        _ => null,
    };
}
