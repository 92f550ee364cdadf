using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing;

/// <summary>State shared while one spec is parsed: the document root and the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    public ParseContext(string filePath, YamlMapping root, System.Threading.CancellationToken cancellationToken = default)
    {
        FilePath = filePath;
        Root = root;
        CancellationToken = cancellationToken;
    }

    /// <summary>The IDE cancels generation constantly; readers check it once per schema and operation.</summary>
    public System.Threading.CancellationToken CancellationToken { get; }

    public string FilePath { get; }

    public YamlMapping Root { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, YamlNode at, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, FilePath, at.Start, at.End, arguments));

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
