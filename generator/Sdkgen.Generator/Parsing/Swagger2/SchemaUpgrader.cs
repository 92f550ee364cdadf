using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// A 2.0 Schema Object → a 3.0 one: <c>$ref</c>s rewritten, <c>type: file</c> → binary string, <c>x-nullable</c> → <c>nullable</c>,
/// <c>discriminator: name</c> → <c>discriminator: { propertyName: name }</c>. Every other keyword (and every <c>x-</c> extension)
/// is the same in both versions and is kept; values such as <c>example</c>, <c>default</c> and <c>enum</c> are never looked into.
/// </summary>
internal sealed class SchemaUpgrader
{
    private readonly ReferenceRewriter _references;

    // YAML aliases share nodes; upgrading each once keeps aliased documents linear and reports stay once per schema.
    private readonly Dictionary<YamlNode, YamlNode> _upgraded = new();

    public SchemaUpgrader(ReferenceRewriter references) => _references = references;

    public YamlNode Upgrade(YamlNode node)
    {
        if (node is not YamlMapping schema)
        {
            return node;
        }

        if (!_upgraded.TryGetValue(schema, out var result))
        {
            result = Nodes.IsTrue(schema["x-nullable"]) && schema["$ref"] is YamlScalar reference
                ? NullableReference(schema, reference)
                : UpgradeKeywords(schema, schema.Entries);
            _upgraded[schema] = result;
        }

        return result;
    }

    private YamlMapping UpgradeKeywords(YamlMapping schema, IEnumerable<KeyValuePair<YamlScalar, YamlNode>> entries)
    {
        var isFile = schema["type"] is YamlScalar { Value: "file" };
        var builder = new MappingBuilder();
        foreach (var entry in entries)
        {
            var key = entry.Key;
            var value = entry.Value;
            switch (key.Value)
            {
                case "$ref" when value is YamlScalar reference:
                    builder.Add(key, Nodes.Text(_references.Rewrite(reference.Value), reference));
                    break;
                case "type" when isFile:
                    builder.Add(key, Nodes.Text("string", value));
                    builder.Add("format", value, Nodes.Text("binary", value));
                    break;
                case "format" when isFile:
                    break;
                case "x-nullable":
                    builder.Add("nullable", key, value);
                    break;
                case "discriminator" when value is YamlScalar property:
                    builder.Add(key, new MappingBuilder().Add("propertyName", property, property).Build(property));
                    break;
                case "properties":
                    builder.Add(key, UpgradeValues(value));
                    break;
                case "items" or "additionalProperties" or "not" or "allOf" or "anyOf" or "oneOf":
                    builder.Add(key, value is YamlSequence list ? Nodes.List(list.Items.Select(Upgrade).ToList(), list) : Upgrade(value));
                    break;
                default:
                    builder.Add(key, value);
                    break;
            }
        }

        return builder.Build(schema);
    }

    /// <summary>
    /// 3.0 ignores the siblings of a <c>$ref</c>, so <c>{ $ref: X, x-nullable: true }</c> becomes
    /// <c>{ allOf: [ { $ref: X } ], nullable: true }</c>, the 3.0 way to say "X or null".
    /// </summary>
    private YamlMapping NullableReference(YamlMapping schema, YamlScalar reference)
    {
        var referenceKey = schema.KeyOf("$ref")!;
        var inner = new MappingBuilder().Add(referenceKey, Nodes.Text(_references.Rewrite(reference.Value), reference)).Build(referenceKey);
        var outer = UpgradeKeywords(schema, schema.Entries.Where(entry => entry.Key.Value != "$ref"));
        var builder = new MappingBuilder().Add("allOf", referenceKey, Nodes.List(new YamlNode[] { inner }, referenceKey));
        foreach (var entry in outer.Entries)
        {
            builder.Add(entry.Key, entry.Value);
        }

        return builder.Build(schema);
    }

    private YamlNode UpgradeValues(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            return node;
        }

        var builder = new MappingBuilder();
        foreach (var entry in mapping.Entries)
        {
            builder.Add(entry.Key, Upgrade(entry.Value));
        }

        return builder.Build(mapping);
    }
}
