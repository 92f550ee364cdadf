using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Maps JSON Schemas to <see cref="TypeRef"/>s, collecting the records, enums and unions they need.
/// It only dispatches: each kind of schema has its own reader in this folder.
/// </summary>
internal sealed class SchemaReader
{
    private readonly ParseContext _context;
    private readonly ReferenceResolver _references;
    private readonly RecordReader _records;
    private readonly EnumReader _enums;
    private readonly UnionReader _unions;
    private readonly InheritanceReader _inheritance;

    // One type per schema node: a node reached twice (a shared $ref target, a base's inline member) is read once.
    private readonly Dictionary<YamlMapping, TypeRef> _read = new();
    private readonly HashSet<YamlMapping> _reading = new();

    public SchemaReader(ParseContext context, IEnumerable<string> reservedTypeNames)
    {
        _context = context;
        var names = new TypeNamer(reservedTypeNames);
        _references = new ReferenceResolver(context, this, names);
        _records = new RecordReader(context, this, names);
        _enums = new EnumReader(context, names);
        _unions = new UnionReader(context, this, names);
        _inheritance = new InheritanceReader(_references, names, _unions.ObjectUnions);
    }

    public List<RecordSpec> Records => _records.Records;

    public List<EnumSpec> Enums => _enums.Enums;

    public List<UnionSpec> Unions => _unions.Unions;

    public List<ObjectUnionSpec> ObjectUnions => _unions.ObjectUnions;

    /// <summary>Generates every component schema, used or not, so the SDK mirrors the spec.</summary>
    public void ReadAllComponents()
    {
        foreach (var key in _references.ComponentKeys)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            _references.ResolveComponent(key, _references.KeyNode(key));
        }

        DrainRecords();
    }

    /// <summary>Builds records queued by <see cref="TypeOf"/>; records are built late so self-references work.</summary>
    public void DrainRecords() => _records.Drain();

    public static Constraints ConstraintsOf(YamlNode? schema) => ConstraintReader.Read(schema);

    public TypeRef TypeOf(YamlNode? schema, string nameHint)
    {
        if (schema is not YamlMapping mapping)
        {
            return TypeRef.Of(TypeKind.Json);
        }

        if (_read.TryGetValue(mapping, out var known))
        {
            return known;
        }

        if (!_reading.Add(mapping))
        {
            // A $ref outside components that leads back to itself with no object in between has no C# shape.
            _context.Report(DiagnosticDescriptors.InvalidSchema, mapping, $"Schema '{nameHint}'", "it refers to itself without an object in between");
            return _read[mapping] = TypeRef.Of(TypeKind.Json);
        }

        var (core, nullable) = Nullability.Unwrap(mapping);
        var type = CoreTypeOf(core, nameHint, mapping);
        _reading.Remove(mapping);
        return _read[mapping] = nullable ? type.AsNullable() : type;
    }

    private TypeRef CoreTypeOf(YamlMapping core, string nameHint, YamlMapping outer)
    {
        if (core.String("$ref") is { } reference)
        {
            return _references.Resolve(reference, core["$ref"]!, nameHint);
        }

        if (_inheritance.BaseOf(core, nameHint, outer) is { } polymorphic)
        {
            return polymorphic;
        }

        if (core.Sequence("allOf") is { } allOf)
        {
            return AllOf(core, allOf, nameHint, outer);
        }

        if ((core.Sequence("oneOf") ?? core.Sequence("anyOf")) is { } alternatives)
        {
            return _unions.UnionOf(core, alternatives, nameHint, outer);
        }

        if (core.Sequence("enum") is { } values)
        {
            return _enums.EnumOf(core, values, nameHint, outer);
        }

        var types = SchemaFacts.NonNullTypes(core);
        if (types.Count > 1)
        {
            return _unions.PrimitiveUnion(types.Select(type => (type, (string?)null)).ToList(), nameHint, SchemaFacts.Describe(outer, core), core)
                ?? TypeRef.Of(TypeKind.Json);
        }

        var kind = types.FirstOrDefault() ?? (core["properties"] is not null ? "object" : null);
        switch (kind)
        {
            case "object":
                return _records.ObjectOf(core, nameHint, outer) ?? TypeRef.Of(TypeKind.Json);
            case "array":
                return new TypeRef(TypeKind.Array, Element: TypeOf(core["items"], nameHint + "Item"));
            case null when core["const"] is YamlScalar:
                return TypeRef.Of(TypeKind.String);
            case null:
                return TypeRef.Of(TypeKind.Json);
            case "null":
                return TypeRef.Of(TypeKind.Json).AsNullable();
            default:
                return PrimitiveTypes.Of(kind, core.String("format")) is { } primitive
                    ? TypeRef.Of(primitive)
                    : Invalid(core, nameHint, $"unknown type '{kind}'");
        }
    }

    /// <summary>
    /// One shaped part and nothing of its own is that part (annotations aside); several object parts, or a part plus
    /// own members (inheritance), are one record holding every member.
    /// </summary>
    private TypeRef AllOf(YamlMapping core, YamlSequence allOf, string nameHint, YamlMapping outer)
    {
        var shaped = allOf.Items.Where(part => !ObjectMembers.IsAnnotationOnly(part)).ToList();
        var ownShape = core["properties"] is not null || core["additionalProperties"] is not null || core["x-ms-discriminator-value"] is not null;
        if (shaped.Count == 1 && !ownShape)
        {
            return TypeOf(shaped[0], nameHint);
        }

        if (shaped.Count == 0 && !ownShape)
        {
            return TypeRef.Of(TypeKind.Json);
        }

        if (_records.ObjectOf(core, nameHint, outer, alwaysRecord: core["x-ms-discriminator-value"] is not null) is { } merged)
        {
            return merged;
        }

        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, core.KeyOf("allOf")!, "allOf of parts that are not all objects", $"'{nameHint}' is typed as raw JSON (JsonElement)");
        return TypeRef.Of(TypeKind.Json);
    }

    private TypeRef Invalid(YamlMapping at, string nameHint, string why)
    {
        _context.Report(DiagnosticDescriptors.InvalidSchema, at, $"Schema '{nameHint}'", why);
        return TypeRef.Of(TypeKind.Json);
    }
}
