using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>Resolves <c>$ref</c>s: each component schema is read once and keeps its reserved name.</summary>
internal sealed class ReferenceResolver
{
    private const string SchemaPrefix = "#/components/schemas/";

    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly TypeNamer _names;
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public ReferenceResolver(ParseContext context, SchemaReader schemas, TypeNamer names)
    {
        _context = context;
        _schemas = schemas;
        _names = names;
        foreach (var entry in Components?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            _componentNames[entry.Key.Value] = names.Reserve(Identifier.Pascal(entry.Key.Value));
        }
    }

    public IReadOnlyList<string> ComponentKeys => _componentNames.Keys.ToList();

    /// <summary>The component key of a schema node, when the node is a component itself.</summary>
    public string? KeyOf(YamlNode schema)
    {
        foreach (var entry in Components?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (ReferenceEquals(entry.Value, schema))
            {
                return entry.Key.Value;
            }
        }

        return null;
    }

    public YamlMapping? Component(string key) => Components?.Mapping(key);

    /// <summary>The component key a <c>$ref</c> names, when it names a whole component.</summary>
    public static string? ComponentKey(string reference)
        => reference.StartsWith(SchemaPrefix, StringComparison.Ordinal)
            ? Uri.UnescapeDataString(reference.Substring(SchemaPrefix.Length)).Replace("~1", "/").Replace("~0", "~")
            : null;

    /// <summary>
    /// Whether <paramref name="referenceOrName"/>, a <c>$ref</c> to a component or a bare component name (as discriminator
    /// mappings hold), names component <paramref name="key"/>: <see cref="ComponentKey"/> without its copy when nothing
    /// in the reference is escaped.
    /// </summary>
    public static bool NamesComponent(string referenceOrName, string key)
    {
        if (!referenceOrName.StartsWith(SchemaPrefix, StringComparison.Ordinal))
        {
            return referenceOrName == key;
        }

        if (referenceOrName.IndexOf('%', SchemaPrefix.Length) >= 0 || referenceOrName.IndexOf('~', SchemaPrefix.Length) >= 0)
        {
            return ComponentKey(referenceOrName) == key;
        }

        return referenceOrName.Length - SchemaPrefix.Length == key.Length
            && string.CompareOrdinal(referenceOrName, SchemaPrefix.Length, key, 0, key.Length) == 0;
    }

    private YamlMapping? Components => _context.Root.Mapping("components")?.Mapping("schemas");

    public TypeRef Resolve(string reference, YamlNode at, string nameHint)
    {
        if (ComponentKey(reference) is { } key && _componentNames.ContainsKey(key))
        {
            return ResolveComponent(key, at);
        }

        // Any other local pointer, a component's property included, is read where it points.
        if (_context.ResolvePointer(reference) is YamlMapping target)
        {
            return _schemas.TypeOf(target, nameHint);
        }

        _context.Report(DiagnosticDescriptors.UnresolvedReference, at, reference, nameHint);
        return TypeRef.Of(TypeKind.Json);
    }

    public TypeRef ResolveComponent(string key, YamlNode at)
    {
        if (_componentTypes.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(key))
        {
            // A component that is only an alias of itself (A: $ref B, B: $ref A) has no C# shape.
            _context.Report(DiagnosticDescriptors.InvalidSchema, at, $"Schema '{key}'", "it refers to itself without an object in between");
            return TypeRef.Of(TypeKind.Json);
        }

        var outer = _names.EnterComponent(_componentNames[key]);
        var type = _schemas.TypeOf(Components![key], _componentNames[key]);
        _names.EnterComponent(outer);
        _inProgress.Remove(key);
        _componentTypes[key] = type;
        return type;
    }

    /// <summary>The key node of a component, where diagnostics about it point.</summary>
    public YamlNode KeyNode(string key) => Components!.KeyOf(key)!;
}
