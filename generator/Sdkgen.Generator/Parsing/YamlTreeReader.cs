using System;
using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Events;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Turns SharpYaml's event stream into located <see cref="YamlNode"/>s. JSON is YAML too: plain JSON takes
/// <see cref="JsonTreeReader"/>'s faster path to the same tree, and anything it is unsure of comes here.
/// Limits keep hostile input from exhausting the compiler: nesting depth, and the size aliases would expand to.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Deeper than any real spec; deep enough recursion would overflow the compiler's stack.</summary>
    public const int MaxDepth = 256;

    /// <summary>How many nodes the document may stand for once every alias is expanded ("billion laughs").</summary>
    public const long MaxExpandedNodes = 20_000_000;

    /// <summary>Thrown for malformed input; carries the position the YAML parser reported.</summary>
    internal sealed class YamlSyntaxException : Exception
    {
        public YamlSyntaxException(string message, SourcePosition position)
            : base(message) => Position = position;

        public SourcePosition Position { get; }
    }

    public static YamlNode? Read(string text) => JsonTreeReader.TryRead(text) ?? ReadYaml(text);

    /// <summary>The general path, SharpYaml's events; tests compare it with the JSON fast path.</summary>
    internal static YamlNode? ReadYaml(string text)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            YamlNode? root = null;
            while (parser.MoveNext())
            {
                if (parser.Current is DocumentStart && root is null)
                {
                    parser.MoveNext();
                    root = ReadNode(parser, anchors, depth: 0);
                }
            }

            return root;
        }
        catch (YamlException e)
        {
            throw new YamlSyntaxException(e.Message, ToPosition(e.Start));
        }
    }

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors, int depth)
    {
        var current = parser.Current!;
        if (depth > MaxDepth)
        {
            throw new YamlSyntaxException($"The document nests deeper than {MaxDepth} levels", ToPosition(current.Start));
        }

        YamlNode node;
        long size = 1;
        switch (current)
        {
            case Scalar scalar:
                node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToPosition(scalar.Start), ToPosition(scalar.End));
                break;
            case SequenceStart:
                var items = new List<YamlNode>();
                while (parser.MoveNext() && parser.Current is not SequenceEnd)
                {
                    var item = ReadNode(parser, anchors, depth + 1);
                    size += item.ExpandedSize;
                    items.Add(item);
                }

                size = CheckSize(size, current);
                node = new YamlSequence(items, ToPosition(current.Start), ToPosition(parser.Current!.End), size);
                break;
            case MappingStart:
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                while (parser.MoveNext() && parser.Current is not MappingEnd)
                {
                    var keyNode = ReadNode(parser, anchors, depth + 1);
                    var key = keyNode as YamlScalar
                        ?? new YamlScalar(string.Empty, false, keyNode.Start, keyNode.End);
                    parser.MoveNext();
                    var value = ReadNode(parser, anchors, depth + 1);
                    size += keyNode.ExpandedSize + value.ExpandedSize;
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                }

                size = CheckSize(size, current);
                node = new YamlMapping(entries, ToPosition(current.Start), ToPosition(parser.Current!.End), size);
                break;
            case AnchorAlias alias:
                return anchors.TryGetValue(alias.Value, out var target)
                    ? target
                    : throw new YamlSyntaxException($"Unknown YAML alias '*{alias.Value}'", ToPosition(alias.Start));
            default:
                throw new YamlSyntaxException($"Unexpected YAML event {current.GetType().Name}", ToPosition(current.Start));
        }

        if (current is NodeEvent { Anchor: { Length: > 0 } anchor })
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static long CheckSize(long size, ParsingEvent start) => size <= MaxExpandedNodes
        ? size
        : throw new YamlSyntaxException($"The document's aliases expand to more than {MaxExpandedNodes:N0} nodes", ToPosition(start.Start));

    // SharpYaml's marks are 0-based, like Roslyn's LinePosition.
    private static SourcePosition ToPosition(Mark mark) => new(mark.Line, mark.Column, mark.Index);
}
