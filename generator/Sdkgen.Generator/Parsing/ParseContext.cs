using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing;

/// <summary>State shared while one spec is parsed: the document root and the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    public ParseContext(string filePath, YamlMapping root, System.Threading.CancellationToken cancellationToken = default, Dictionary<YamlNode, string>? nodeFiles = null)
    {
        FilePath = filePath;
        Root = root;
        CancellationToken = cancellationToken;
        NodeFiles = nodeFiles ?? new Dictionary<YamlNode, string>();
    }

    /// <summary>Nodes bundled in from sibling files (<c>$ref: pet.yaml#/Pet</c>), by identity, with the file they were written in.</summary>
    public Dictionary<YamlNode, string> NodeFiles { get; }

    /// <summary>Records that every node of <paramref name="tree"/> was written in <paramref name="path"/>.</summary>
    public void MarkFile(YamlNode? tree, string path)
    {
        switch (tree)
        {
            case null:
                return;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    NodeFiles[entry.Key] = path;
                    MarkFile(entry.Value, path);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    MarkFile(item, path);
                }

                break;
        }

        NodeFiles[tree] = path;
    }

    /// <summary>A node made from <paramref name="original"/> was written where it was.</summary>
    public T Derived<T>(YamlNode original, T created)
        where T : YamlNode
    {
        if (NodeFiles.TryGetValue(original, out var path))
        {
            NodeFiles[created] = path;
        }

        return created;
    }

    /// <summary>The IDE cancels generation constantly; readers check it once per schema and operation.</summary>
    public System.Threading.CancellationToken CancellationToken { get; }

    public string FilePath { get; }

    public YamlMapping Root { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, YamlNode at, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, NodeFiles.Count > 0 && NodeFiles.TryGetValue(at, out var file) ? file : FilePath, at.Start, at.End, arguments));

    /// <summary>Follows a local JSON pointer ("#/components/schemas/Foo"), unescaping ~0, ~1 and %-escapes.</summary>
    public YamlNode? ResolvePointer(string reference)
    {
        if (!reference.StartsWith("#/", System.StringComparison.Ordinal))
        {
            return null;
        }

        YamlNode? node = Root;
        foreach (var rawPart in reference.Substring(2).Split('/'))
        {
            var part = System.Uri.UnescapeDataString(rawPart).Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                YamlMapping mapping => mapping[part],
                YamlSequence sequence when int.TryParse(part, out var index) && index >= 0 && index < sequence.Items.Count => sequence.Items[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
