using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Inheritance with a discriminator: a component with a <c>discriminator</c> that other components extend
/// (<c>allOf: [$ref Base, …]</c>) is read as a union of those components, each a record holding every member of its
/// chain. The tag of each comes from the base's mapping, else its <c>x-ms-discriminator-value</c>, else its own name.
/// </summary>
internal sealed class InheritanceReader
{
    private readonly ReferenceResolver _references;
    private readonly TypeNamer _names;
    private readonly List<ObjectUnionSpec> _unions;
    private Dictionary<string, List<string>>? _children;

    public InheritanceReader(ReferenceResolver references, TypeNamer names, List<ObjectUnionSpec> unions)
    {
        _references = references;
        _names = names;
        _unions = unions;
    }

    /// <summary>The union for a discriminated base; null when the schema is no such base.</summary>
    public TypeRef? BaseOf(YamlMapping core, string nameHint, YamlMapping outer)
    {
        if (core.Mapping("discriminator")?.String("propertyName") is not { } property
            || core["oneOf"] is not null
            || core["anyOf"] is not null
            || _references.KeyOf(core) is not { } key)
        {
            return null;
        }

        var descendants = Descendants(key);
        if (descendants.Count == 0)
        {
            return null;
        }

        var mapping = core.Mapping("discriminator")?.Mapping("mapping");
        var variants = new List<UnionVariantSpec>();
        foreach (var child in descendants)
        {
            var type = _references.ResolveComponent(child, _references.KeyNode(child));
            if (type.Kind != TypeKind.Record || type.Nullable || variants.Any(variant => variant.RecordName == type.Name))
            {
                continue;
            }

            var tags = Tags(child, property, mapping);
            variants.Add(new UnionVariantSpec(type.Name!, tags.ToEquatableArray()));
        }

        if (variants.Count == 0)
        {
            return null;
        }

        var name = _names.Claim(nameHint);
        _unions.Add(new ObjectUnionSpec(name, SchemaFacts.Describe(outer, core), property, variants.ToEquatableArray()));
        return new TypeRef(TypeKind.ObjectUnion, name);
    }

    private List<string> Tags(string child, string property, YamlMapping? mapping)
    {
        var tags = new List<string>();
        foreach (var entry in mapping?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (entry.Value is YamlScalar target && (ReferenceResolver.ComponentKey(target.Value) ?? target.Value) == child)
            {
                tags.Add(entry.Key.Value);
            }
        }

        if (tags.Count > 0)
        {
            return tags;
        }

        var schema = _references.Component(child);
        var tagSchema = schema?.Mapping("properties")?.Mapping(property);
        var constant = schema?.String("x-ms-discriminator-value")
            ?? tagSchema?.String("const")
            ?? (tagSchema?.Sequence("enum")?.Items is { Count: 1 } single ? (single[0] as YamlScalar)?.Value : null);
        return new List<string> { constant ?? child };
    }

    /// <summary>Every component that extends <paramref name="key"/>, directly or through another, in document order.</summary>
    private List<string> Descendants(string key)
    {
        _children ??= Children();
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        var pending = new Queue<string>();
        pending.Enqueue(key);
        while (pending.Count > 0)
        {
            foreach (var child in _children.TryGetValue(pending.Dequeue(), out var list) ? list : new List<string>())
            {
                if (seen.Add(child))
                {
                    found.Add(child);
                    pending.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>Parent key → components whose allOf names it and adds something of their own.</summary>
    private Dictionary<string, List<string>> Children()
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in _references.ComponentKeys)
        {
            if (_references.Component(key) is not { } schema || schema.Sequence("allOf") is not { } parts)
            {
                continue;
            }

            var ownShape = schema["properties"] is not null
                || schema["x-ms-discriminator-value"] is not null
                || parts.Items.Count(part => !ObjectMembers.IsAnnotationOnly(part)) > 1;
            if (!ownShape)
            {
                continue;
            }

            foreach (var part in parts.Items.OfType<YamlMapping>())
            {
                if (part.String("$ref") is { } reference && ReferenceResolver.ComponentKey(reference) is { } parent && parent != key)
                {
                    if (!children.TryGetValue(parent, out var list))
                    {
                        children[parent] = list = new List<string>();
                    }

                    list.Add(key);
                }
            }
        }

        return children;
    }
}
