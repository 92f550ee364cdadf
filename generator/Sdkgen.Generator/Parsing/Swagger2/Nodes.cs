using System;
using System.Collections.Generic;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>Makes 3.0 nodes that carry the position of the 2.0 node they came from, so diagnostics point into the 2.0 file.</summary>
internal static class Nodes
{
    private static readonly KeyValuePair<YamlScalar, YamlNode>[] NoEntries = Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();

    public static YamlScalar Key(string name, YamlNode at) => new(name, isPlain: false, at.Start, at.End);

    /// <summary>A quoted string: never read as null, a number or a boolean.</summary>
    public static YamlScalar Text(string value, YamlNode at) => new(value, isPlain: false, at.Start, at.End);

    /// <summary>A plain scalar such as <c>true</c>.</summary>
    public static YamlScalar Plain(string value, YamlNode at) => new(value, isPlain: true, at.Start, at.End);

    public static YamlSequence List(IReadOnlyList<YamlNode> items, YamlNode at) => new(items, at.Start, at.End);

    public static bool IsTrue(YamlNode? node) => node is YamlScalar { Value: "true" };

    public static bool IsExtension(string key) => key.StartsWith("x-", StringComparison.Ordinal);

    public static IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> EntriesOf(YamlNode? node)
        => (node as YamlMapping)?.Entries ?? NoEntries;

    public static IReadOnlyList<YamlNode> ItemsOf(YamlNode? node)
        => (node as YamlSequence)?.Items ?? Array.Empty<YamlNode>();
}

/// <summary>Collects the entries of a new mapping; a key set twice keeps its first place and its last value.</summary>
internal sealed class MappingBuilder
{
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = new();
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public bool Has(string key) => _indexByKey.ContainsKey(key);

    public MappingBuilder Add(YamlScalar key, YamlNode value)
    {
        if (_indexByKey.TryGetValue(key.Value, out var index))
        {
            _entries[index] = new KeyValuePair<YamlScalar, YamlNode>(_entries[index].Key, value);
        }
        else
        {
            _indexByKey[key.Value] = _entries.Count;
            _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        }

        return this;
    }

    /// <summary>Adds a key made up here, placed where <paramref name="at"/> was written.</summary>
    public MappingBuilder Add(string key, YamlNode at, YamlNode value) => Add(Nodes.Key(key, at), value);

    public YamlMapping Build(YamlNode at) => new(_entries, at.Start, at.End);
}
