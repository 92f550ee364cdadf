using System;
using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// The members of an object schema with its <c>allOf</c> parts merged in: every property (a later declaration of a
/// name replaces the earlier schema but keeps its place) and the union of every part's <c>required</c>.
/// </summary>
internal sealed class ObjectMembers
{
    private static readonly string[] ShapeKeywords = ["$ref", "type", "properties", "allOf", "oneOf", "anyOf", "enum", "items", "additionalProperties", "required", "const"];

    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _properties = new();
    // Each property's place, sized by the first properties mapping (growing it showed in the profile).
    private Dictionary<string, int>? _index;

    private ObjectMembers()
    {
    }

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Properties => _properties;

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>additionalProperties</c> schema of the last part that declares one (false/absent: none).</summary>
    public YamlMapping? AdditionalProperties { get; private set; }

    /// <summary>The discriminator property some part declares, if any.</summary>
    public string? Discriminator { get; private set; }

    /// <summary>
    /// Merges <paramref name="schema"/> and its allOf parts; null when a part is not an object (a union, an array, a
    /// primitive), which a record cannot hold. <c>$ref</c>s are followed once each, so cycles end.
    /// </summary>
    public static ObjectMembers? Collect(YamlMapping schema, ParseContext context)
    {
        var members = new ObjectMembers();
        return members.Add(schema, context, new HashSet<YamlNode>()) ? members : null;
    }

    /// <summary>Only annotations (description, title, nullable, default…): an allOf part that adds no shape.</summary>
    public static bool IsAnnotationOnly(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            return false;
        }

        foreach (var keyword in ShapeKeywords)
        {
            if (mapping[keyword] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the schema describes an object: it has properties, says type object, or merges objects.</summary>
    public static bool IsObject(YamlMapping schema, ParseContext context, HashSet<YamlNode>? seen = null)
    {
        seen ??= new HashSet<YamlNode>();
        if (!seen.Add(schema))
        {
            return true;
        }

        if (schema.String("$ref") is { } reference)
        {
            return context.ResolvePointer(reference) is YamlMapping target && IsObject(target, context, seen);
        }

        if (schema["oneOf"] is not null || schema["anyOf"] is not null || schema["enum"] is not null || schema["items"] is not null)
        {
            return false;
        }

        var types = SchemaFacts.NonNullTypes(schema);
        if (types.Count > 0)
        {
            return types.Count == 1 && types[0] == "object";
        }

        return schema["properties"] is not null
            || schema["required"] is not null
            || schema["additionalProperties"] is not null
            || schema.Sequence("allOf") is { } parts && parts.Items.All(part => part is YamlMapping mapping && (IsAnnotationOnly(mapping) || IsObject(mapping, context, seen)));
    }

    private bool Add(YamlMapping schema, ParseContext context, HashSet<YamlNode> seen)
    {
        if (!seen.Add(schema))
        {
            return true;
        }

        if (schema.String("$ref") is { } reference)
        {
            return context.ResolvePointer(reference) is YamlMapping target && IsObject(target, context) && Add(target, context, seen);
        }

        if (!IsObject(schema, context) && !IsAnnotationOnly(schema))
        {
            return false;
        }

        foreach (var part in schema.Sequence("allOf")?.Items ?? Array.Empty<YamlNode>())
        {
            if (part is not YamlMapping mapping || !(IsAnnotationOnly(mapping) || Add(mapping, context, seen)))
            {
                return false;
            }
        }

        var properties = schema.Mapping("properties")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
        _index ??= new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
        for (var i = 0; i < properties.Count; i++)
        {
            var entry = properties[i];
            if (_index.TryGetValue(entry.Key.Value, out var at))
            {
                _properties[at] = entry;
            }
            else
            {
                _index[entry.Key.Value] = _properties.Count;
                _properties.Add(entry);
            }
        }

        Required.UnionWith(schema.Sequence("required")?.Items.OfType<YamlScalar>().Select(item => item.Value) ?? Enumerable.Empty<string>());
        if (schema.Mapping("additionalProperties") is { Entries.Count: > 0 } additional)
        {
            AdditionalProperties = additional;
        }

        Discriminator = schema.Mapping("discriminator")?.String("propertyName") ?? Discriminator;
        return true;
    }
}
