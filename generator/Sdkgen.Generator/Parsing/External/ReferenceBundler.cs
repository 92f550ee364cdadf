using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Parsing.Swagger2;

namespace Sdkgen.Generator.Parsing.External;

/// <summary>
/// Makes a spec whose <c>$ref</c>s point into sibling files one document, the way bundlers do: a schema from another
/// file becomes a component (named after its last pointer segment) and its <c>$ref</c> points there, so it is one
/// type however often it is used and may be recursive; anything else (a parameter, a response, a path item) is
/// inlined. Imported nodes keep their positions and the context knows their file, so diagnostics point into it.
/// </summary>
internal sealed class ReferenceBundler
{
    private enum Slot
    {
        Other,
        Schema,
        SchemaMap,
        SchemaList,
    }

    private readonly ParseContext _context;
    private readonly Dictionary<string, ExternalDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode?> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentByTarget = new(StringComparer.Ordinal);
    private readonly HashSet<string> _componentNames;
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _imported = new();
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
    private readonly string _schemasPointer;
    private readonly string _mainPath;

    private ReferenceBundler(ParseContext context, EquatableArray<ExternalDocument> documents, bool swagger2)
    {
        _context = context;
        _mainPath = Paths.Normalize(context.FilePath);
        foreach (var document in documents)
        {
            _documents[Paths.Normalize(document.Path)] = document;
        }

        _schemasPointer = swagger2 ? "#/definitions/" : "#/components/schemas/";
        var existing = swagger2 ? context.Root.Mapping("definitions") : context.Root.Mapping("components")?.Mapping("schemas");
        _componentNames = new HashSet<string>(existing?.Entries.Select(entry => entry.Key.Value) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
    }

    /// <summary>The context unchanged when no <c>$ref</c> leaves the file, else one over the bundled document.</summary>
    public static ParseContext Bundle(ParseContext context, EquatableArray<ExternalDocument> documents, bool swagger2)
    {
        if (documents.Count == 0)
        {
            return context;
        }

        var bundler = new ReferenceBundler(context, documents, swagger2);
        var root = (YamlMapping)bundler.Walk(context.Root, bundler._mainPath, Slot.Other);
        if (bundler._imported.Count == 0)
        {
            return context;
        }

        var bundled = new ParseContext(context.FilePath, bundler.WithImports(root, swagger2), context.CancellationToken, context.NodeFiles);
        bundled.Diagnostics.AddRange(context.Diagnostics);
        return bundled;
    }

    private YamlNode Walk(YamlNode node, string file, Slot slot)
    {
        switch (node)
        {
            case YamlMapping mapping when mapping.String("$ref") is { } reference:
                return Reference(mapping, reference, file, slot);
            case YamlMapping mapping:
                var changed = false;
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>(mapping.Entries.Count);
                foreach (var entry in mapping.Entries)
                {
                    var value = Walk(entry.Value, file, Child(slot, entry.Key.Value));
                    changed |= !ReferenceEquals(value, entry.Value);
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(entry.Key, value));
                }

                return changed ? _context.Derived(mapping, new YamlMapping(entries, mapping.Start, mapping.End)) : mapping;
            case YamlSequence sequence:
                var itemSlot = slot == Slot.SchemaList ? Slot.Schema : Slot.Other;
                var items = sequence.Items.Select(item => Walk(item, file, itemSlot)).ToList();
                return items.Where((item, index) => !ReferenceEquals(item, sequence.Items[index])).Any()
                    ? _context.Derived(sequence, new YamlSequence(items, sequence.Start, sequence.End))
                    : sequence;
            default:
                return node;
        }
    }

    /// <summary>Which kind of node a key leads to; schema positions are where a component may stand in.</summary>
    private static Slot Child(Slot parent, string key) => parent switch
    {
        Slot.SchemaMap => Slot.Schema,
        Slot.Schema => key switch
        {
            "properties" or "patternProperties" or "$defs" or "definitions" => Slot.SchemaMap,
            "allOf" or "oneOf" or "anyOf" or "prefixItems" => Slot.SchemaList,
            "items" or "additionalProperties" or "not" or "contains" or "if" or "then" or "else" => Slot.Schema,
            _ => Slot.Other,
        },
        _ => key switch
        {
            "schema" => Slot.Schema,
            "schemas" or "definitions" => Slot.SchemaMap,
            _ => Slot.Other,
        },
    };

    private YamlNode Reference(YamlMapping mapping, string reference, string file, Slot slot)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference.Substring(0, hash);
        var pointer = hash < 0 ? "#" : reference.Substring(hash);
        if (filePart.Length == 0 && file == _mainPath)
        {
            return mapping;
        }

        var target = filePart.Length == 0 ? file : Paths.Resolve(file, filePart);
        if (target == _mainPath)
        {
            return _context.Derived(mapping, Rewritten(mapping, pointer));
        }

        if (target is null || !_documents.TryGetValue(target, out var document))
        {
            _context.Report(DiagnosticDescriptors.MissingExternalFile, mapping["$ref"]!, reference, target is null ? filePart : ForProject(target));

            // Reported once, here: a schema becomes free-form JSON rather than a second, unresolved-$ref error.
            return slot == Slot.Schema ? _context.Derived(mapping, new MappingBuilder().Build(mapping)) : mapping;
        }

        if (Tree(document) is not { } tree || Resolve(tree, pointer) is not { } node)
        {
            return mapping;
        }

        var key = target + pointer;
        if (slot == Slot.Schema)
        {
            if (!_componentByTarget.TryGetValue(key, out var name))
            {
                name = UniqueName(pointer, target);
                _componentByTarget[key] = name;
                var placeholder = _imported.Count;
                _imported.Add(default);
                _imported[placeholder] = new KeyValuePair<YamlScalar, YamlNode>(Nodes.Key(name, node), Walk(node, target, Slot.Schema));
            }

            return _context.Derived(mapping, Rewritten(mapping, _schemasPointer + Escape(name)));
        }

        // Not a schema: inline it, unless it contains itself (then it stays unresolved and is reported as such).
        if (!_inlining.Add(key))
        {
            return mapping;
        }

        var inlined = Walk(node, target, slot);
        _inlining.Remove(key);
        return inlined;
    }

    private YamlNode? Tree(ExternalDocument document)
    {
        var path = Paths.Normalize(document.Path);
        if (_trees.TryGetValue(path, out var tree))
        {
            return tree;
        }

        try
        {
            tree = YamlTreeReader.Read(document.Text);
            _context.MarkFile(tree, document.Path);
        }
        catch (YamlTreeReader.YamlSyntaxException e)
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedSpec, document.Path, e.Position, e.Position, System.IO.Path.GetFileName(document.Path), e.Message));
            tree = null;
        }

        _trees[path] = tree;
        return tree;
    }

    private static YamlNode? Resolve(YamlNode tree, string pointer)
        => pointer is "#" or "#/" ? tree : tree is YamlMapping root ? new ParseContext(string.Empty, root).ResolvePointer(pointer) : null;

    private string UniqueName(string pointer, string file)
    {
        var last = pointer.TrimEnd('/').Split('/').Last();
        var stem = last is "#" or "" ? System.IO.Path.GetFileNameWithoutExtension(file) : Uri.UnescapeDataString(last).Replace("~1", "/").Replace("~0", "~");
        var name = stem;
        for (var suffix = 2; !_componentNames.Add(name); suffix++)
        {
            name = stem + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>The path as an item Include beside the spec would spell it.</summary>
    private string ForProject(string path)
    {
        var folder = _mainPath.Substring(0, _mainPath.LastIndexOf('/') + 1);
        return path.StartsWith(folder, StringComparison.Ordinal) ? path.Substring(folder.Length) : path;
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static YamlMapping Rewritten(YamlMapping mapping, string pointer) => Replace(mapping, "$ref", Nodes.Text(pointer, mapping["$ref"]!));

    /// <summary>The document with the imported schemas appended to its components (or 2.0 definitions).</summary>
    private YamlMapping WithImports(YamlMapping root, bool swagger2)
    {
        var schemas = swagger2 ? root.Mapping("definitions") : root.Mapping("components")?.Mapping("schemas");
        var merged = new MappingBuilder();
        foreach (var entry in schemas?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            merged.Add(entry.Key, entry.Value);
        }

        foreach (var entry in _imported)
        {
            merged.Add(entry.Key, entry.Value);
        }

        var schemasNode = merged.Build((YamlNode?)schemas ?? root);
        if (swagger2)
        {
            return Replace(root, "definitions", schemasNode);
        }

        var components = root.Mapping("components");
        return Replace(root, "components", Replace(components ?? new MappingBuilder().Build(root), "schemas", schemasNode));
    }

    private static YamlMapping Replace(YamlMapping mapping, string key, YamlNode value)
    {
        var builder = new MappingBuilder();
        foreach (var entry in mapping.Entries)
        {
            builder.Add(entry.Key, entry.Value);
        }

        builder.Add(mapping.KeyOf(key) ?? Nodes.Key(key, mapping), value);
        return builder.Build(mapping);
    }
}
