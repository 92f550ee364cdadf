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
                ? SchemaFacts.NonNullTypes(mapping)
                : System.Array.Empty<string>();
            if (branchTypes.Count != 1 || branchTypes[0] is "object" or "array")
            {
                return ObjectUnionOf(core, alternatives, nameHint, outer);
            }

            cases.Add((branchTypes[0], ((YamlMapping)branch).String("format")));
        }

        return PrimitiveUnion(cases, nameHint, SchemaFacts.Describe(outer, core), core) ?? TypeRef.Of(TypeKind.Json);
    }

    /// <summary>
    /// A oneOf/anyOf that is not only primitives: one variant per distinct C# type. Free-form branches add no variant,
    /// since JSON that is none of the variants is kept as it is anyway.
    /// </summary>
    private TypeRef ObjectUnionOf(YamlMapping core, YamlSequence alternatives, string nameHint, YamlMapping outer)
    {
        var discriminator = core.Mapping("discriminator");
        var property = discriminator?.String("propertyName");
        var mapping = discriminator?.Mapping("mapping");
        var variants = new List<UnionVariantSpec>();
        var caseNames = new HashSet<string>(StringComparer.Ordinal) { "Unknown", "Value" };
        var hasFreeForm = false;
        var index = 0;
        foreach (var branch in alternatives.Items.Where(branch => !SchemaFacts.IsNullSchema(branch)))
        {
            index++;
            var type = _schemas.TypeOf(branch, nameHint + "Variant" + index.ToString(CultureInfo.InvariantCulture)) with { Nullable = false };
            var cases = type.Kind == TypeKind.Union && Unions.FirstOrDefault(union => union.Name == type.Name) is { } primitives
                ? primitives.Cases.Select(c => TypeRef.Of(c.Kind)).ToList()
                : new List<TypeRef> { type };
            foreach (var caseType in cases)
            {
                if (caseType.Kind == TypeKind.Json)
                {
                    hasFreeForm = true;
                    continue;
                }

                if (variants.Any(variant => variant.Type == caseType))
                {
                    continue;
                }

                var reference = (branch as YamlMapping)?.String("$ref");
                var schema = reference is null ? branch as YamlMapping : _context.ResolvePointer(reference) as YamlMapping;
                var members = caseType.Kind == TypeKind.Record && schema is not null ? ObjectMembers.Collect(schema, _context) : null;
                variants.Add(new UnionVariantSpec(
                    Naming.Identifier.Unique(CaseName(caseType), caseNames),
                    caseType,
                    caseType.Kind == TypeKind.Record && property is not null ? DiscriminatorTags.Of(mapping, property, reference is null ? null : ReferenceResolver.ComponentKey(reference) ?? reference.Substring(reference.LastIndexOf('/') + 1), schema, caseType.Name!).ToEquatableArray() : EquatableArray<string>.Empty,
                    (members?.Properties.Select(entry => entry.Key.Value) ?? Enumerable.Empty<string>()).ToEquatableArray(),
                    (members?.Required.OrderBy(name => name, StringComparer.Ordinal) ?? Enumerable.Empty<string>()).ToEquatableArray()));
            }
        }

        if (variants.Count == 0)
        {
            return TypeRef.Of(TypeKind.Json);
        }

        if (variants.Count == 1 && !hasFreeForm && property is null)
        {
            return variants[0].Type;
        }

        var name = _names.Claim(nameHint);
        ObjectUnions.Add(new ObjectUnionSpec(name, SchemaFacts.Describe(outer, core), property, variants.ToEquatableArray()));
        return new TypeRef(TypeKind.ObjectUnion, name);
    }

    /// <summary>The name a variant goes by in Is/As/From: its type's name, or its JSON kind for the built-in ones.</summary>
    private static string CaseName(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Int32 or TypeKind.Int64 => "Integer",
        TypeKind.Double or TypeKind.Single or TypeKind.Decimal => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.DateTimeOffset => "DateTime",
        TypeKind.Guid => "Guid",
        TypeKind.DateOnly => "Date",
        TypeKind.Bytes => "Bytes",
        TypeKind.Json => "Json",
        TypeKind.Array => CaseName(type.Element!) + "List",
        TypeKind.Map => CaseName(type.Element!) + "Map",
        _ => type.Name!,
    };

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
