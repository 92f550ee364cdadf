using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>Reads <c>oneOf</c>/<c>anyOf</c> and multi-type schemas into unions of primitives or of objects.</summary>
internal sealed class UnionReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly TypeNamer _names;

    public UnionReader(ParseContext context, SchemaReader schemas, TypeNamer names)
    {
        _context = context;
        _schemas = schemas;
        _names = names;
    }

    public List<UnionSpec> Unions { get; } = new();

    public List<ObjectUnionSpec> ObjectUnions { get; } = new();

    public TypeRef UnionOf(YamlMapping core, YamlSequence alternatives, string nameHint, YamlMapping outer)
    {
        var cases = new List<(string Type, string? Format)>();
        foreach (var branch in alternatives.Items)
        {
            if (SchemaFacts.IsNullSchema(branch))
            {
                continue;
            }

            var branchTypes = branch is YamlMapping mapping && mapping["$ref"] is null && mapping["enum"] is null && mapping["properties"] is null
                ? SchemaFacts.Types(mapping).Where(type => type != "null").ToList()
                : new List<string>();
            if (branchTypes.Count != 1 || branchTypes[0] is "object" or "array")
            {
                return ObjectUnionOf(core, alternatives, nameHint, outer);
            }

            cases.Add((branchTypes[0], ((YamlMapping)branch).String("format")));
        }

        return PrimitiveUnion(cases, nameHint, SchemaFacts.Describe(outer, core), core) ?? TypeRef.Of(TypeKind.Json);
    }

    /// <summary>A oneOf of objects. Variants are told apart by the discriminator, or by trying each in turn.</summary>
    private TypeRef ObjectUnionOf(YamlMapping core, YamlSequence alternatives, string nameHint, YamlMapping outer)
    {
        var discriminator = core.Mapping("discriminator");
        var property = discriminator?.String("propertyName");
        var mapping = discriminator?.Mapping("mapping");
        var variants = new List<UnionVariantSpec>();
        var index = 0;
        foreach (var branch in alternatives.Items.Where(branch => !SchemaFacts.IsNullSchema(branch)))
        {
            index++;
            var type = _schemas.TypeOf(branch, nameHint + "Variant" + index.ToString(CultureInfo.InvariantCulture));
            if (type.Kind != TypeKind.Record || type.Nullable)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, branch, "A oneOf/anyOf mixing objects with other kinds", $"'{nameHint}' is typed as raw JSON (JsonElement)");
                return TypeRef.Of(TypeKind.Json);
            }

            var reference = (branch as YamlMapping)?.String("$ref");
            var tags = new List<string>();
            foreach (var entry in mapping?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
            {
                if (entry.Value is YamlScalar target && (target.Value == reference || target.Value == reference?.Substring(reference.LastIndexOf('/') + 1)))
                {
                    tags.Add(entry.Key.Value);
                }
            }

            if (tags.Count == 0 && property is not null)
            {
                var schema = reference is null ? branch as YamlMapping : _context.ResolvePointer(reference) as YamlMapping;
                var tagSchema = schema?.Mapping("properties")?.Mapping(property);
                var constant = tagSchema?.String("const") ?? (tagSchema?.Sequence("enum")?.Items is { Count: 1 } single ? (single[0] as YamlScalar)?.Value : null);
                tags.Add(constant ?? reference?.Substring(reference.LastIndexOf('/') + 1) ?? type.Name!);
            }

            variants.Add(new UnionVariantSpec(type.Name!, tags.ToEquatableArray()));
        }

        var name = _names.Claim(nameHint);
        ObjectUnions.Add(new ObjectUnionSpec(name, SchemaFacts.Describe(outer, core), property, variants.ToEquatableArray()));
        return new TypeRef(TypeKind.ObjectUnion, name);
    }

    public TypeRef? PrimitiveUnion(List<(string Type, string? Format)> cases, string nameHint, string? description, YamlMapping at)
    {
        var kinds = new List<UnionCaseSpec>();
        foreach (var (type, format) in cases)
        {
            if (PrimitiveTypes.Of(type, format) is not { } kind || type is "object" or "array")
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, at, $"A union containing '{type}'", $"'{nameHint}' is typed as raw JSON (JsonElement)");
                return null;
            }

            // One case per JSON kind: a string can't be both a date and a name on the wire.
            var caseName = type switch { "string" => "String", "integer" => "Integer", "number" => "Number", _ => "Boolean" };
            if (kinds.All(existing => existing.Name != caseName))
            {
                kinds.Add(new UnionCaseSpec(caseName, type == "string" ? TypeKind.String : kind));
            }
        }

        if (kinds.Count == 1)
        {
            return TypeRef.Of(kinds[0].Kind);
        }

        if (kinds.Count == 0)
        {
            // oneOf: [] or only null branches: nothing to choose from, so any JSON.
            return TypeRef.Of(TypeKind.Json);
        }

        var name = _names.Claim(nameHint);
        Unions.Add(new UnionSpec(name, description, kinds.ToEquatableArray()));
        return new TypeRef(TypeKind.Union, name);
    }
}
