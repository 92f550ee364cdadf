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

    /// <summary>How many nodes this one stands for with every alias in it expanded (the reader's "billion laughs" limit).</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>
    /// Nodes are keys by identity (equality stays reference equality); the start offset, distinct for the nodes of one
    /// file, is a far cheaper hash than the runtime's identity hash, which showed as ~5 % of a generation's profile.
    /// </summary>
    public override int GetHashCode() => Start.Offset;
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

    /// <summary>Always one: a field of its own would cost every scalar of the tree 8 bytes (they are most of its nodes).</summary>
    public override long ExpandedSize => 1;

    /// <summary>Unquoted: only plain scalars can mean null, true or a number.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourcePosition start, SourcePosition end, long expandedSize = 1)
        : base(start, end)
    {
        Items = items;
        ExpandedSize = expandedSize;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override long ExpandedSize { get; }
}

internal sealed class YamlMapping : YamlNode
{
    /// <summary>Up to this many entries a lookup scans them: most mappings are small, and a scan beats hashing them.</summary>
    private const int ScanLimit = 8;

    // Where each key is written first (KeyOf) and last (the indexer), built on the first lookup in a large mapping.
    private Dictionary<string, (int First, int Last)>? _byKey;

    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, SourcePosition start, SourcePosition end, long expandedSize = 1)
        : base(start, end)
    {
        Entries = entries;
        ExpandedSize = expandedSize;
    }

    public override long ExpandedSize { get; }

    /// <summary>Entries in document order (generation order follows the spec).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <summary>The value of <paramref name="key"/>; a key written twice means its last value.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            if (Entries.Count <= ScanLimit)
            {
                for (var i = Entries.Count - 1; i >= 0; i--)
                {
                    if (string.Equals(Entries[i].Key.Value, key, System.StringComparison.Ordinal))
                    {
                        return Entries[i].Value;
                    }
                }

                return null;
            }

            return (_byKey ??= Index(Entries)).TryGetValue(key, out var at) ? Entries[at.Last].Value : null;
        }
    }

    public YamlMapping? Mapping(string key) => this[key] as YamlMapping;

    public YamlSequence? Sequence(string key) => this[key] as YamlSequence;

    public string? String(string key) => this[key] is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    private static Dictionary<string, (int First, int Last)> Index(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
    {
        var byKey = new Dictionary<string, (int First, int Last)>(entries.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var key = entries[i].Key.Value;
            byKey[key] = byKey.TryGetValue(key, out var at) ? (at.First, i) : (i, i);
        }

        return byKey;
    }

    /// <summary>The key node of <paramref name="key"/> (its first writing), where diagnostics about the entry point.</summary>
    public YamlScalar? KeyOf(string key)
    {
        if (Entries.Count > ScanLimit)
        {
            return (_byKey ??= Index(Entries)).TryGetValue(key, out var at) ? Entries[at.First].Key : null;
        }

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
