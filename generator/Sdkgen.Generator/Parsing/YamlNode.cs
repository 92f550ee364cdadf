using System.Collections.Generic;

namespace Sdkgen.Generator.Parsing;

/// <summary>Where a node starts in the spec file (0-based, as Roslyn's LinePosition).</summary>
internal readonly record struct SourcePosition(int Line, int Column, int Offset);

/// <summary>A YAML/JSON node that remembers where it was written, so diagnostics can point at it.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourcePosition start, SourcePosition end)
    {
        Start = start;
        End = end;
    }

    public SourcePosition Start { get; }

    public SourcePosition End { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: only plain scalars can mean null, true or a number.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourcePosition start, SourcePosition end)
        : base(start, end) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }
}

internal sealed class YamlMapping : YamlNode
{
    private readonly Dictionary<string, YamlNode> _byKey;

    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, SourcePosition start, SourcePosition end)
        : base(start, end)
    {
        Entries = entries;
        _byKey = new Dictionary<string, YamlNode>(entries.Count);
        foreach (var entry in entries)
        {
            _byKey[entry.Key.Value] = entry.Value;
        }
    }

    /// <summary>Entries in document order (generation order follows the spec).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public YamlNode? this[string key] => _byKey.TryGetValue(key, out var node) ? node : null;

    public YamlMapping? Mapping(string key) => this[key] as YamlMapping;

    public YamlSequence? Sequence(string key) => this[key] as YamlSequence;

    public string? String(string key) => this[key] is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    public YamlScalar? KeyOf(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }
}
