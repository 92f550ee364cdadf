using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Maps JSON Schemas to <see cref="TypeRef"/>s, collecting the records, enums and unions they need.
/// Every nullable spelling (3.0 <c>nullable</c>, 3.1 <c>type: [T, 'null']</c>, <c>oneOf/anyOf [X, null]</c>) becomes <c>T?</c>.
/// </summary>
internal sealed class SchemaReader
{
    private const string SchemaPrefix = "#/components/schemas/";

    private readonly ParseContext _context;
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private string? _componentBeingNamed;
    private readonly Queue<(string Name, YamlMapping Schema, string? Description, bool Deprecated)> _pendingRecords = new();

    public SchemaReader(ParseContext context, IEnumerable<string> reservedTypeNames)
    {
        _context = context;
        _typeNames.UnionWith(reservedTypeNames);

        // Components get their names first, so inline types can never take a component's name.
        foreach (var entry in context.Root.Mapping("components")?.Mapping("schemas")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            _componentNames[entry.Key.Value] = Identifier.Unique(Identifier.Pascal(entry.Key.Value), _typeNames);
        }
    }

    public List<RecordSpec> Records { get; } = new();

    public List<EnumSpec> Enums { get; } = new();

    public List<UnionSpec> Unions { get; } = new();

    public List<ObjectUnionSpec> ObjectUnions { get; } = new();

    /// <summary>Generates every component schema, used or not, so the SDK mirrors the spec.</summary>
    public void ReadAllComponents()
    {
        foreach (var name in _componentNames.Keys.ToList())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            ResolveComponent(name, _context.Root.Mapping("components")!.Mapping("schemas")!.KeyOf(name)!);
        }

        DrainRecords();
    }

    /// <summary>Builds records queued by <see cref="TypeOf"/>; records are built late so self-references work.</summary>
    public void DrainRecords()
    {
        while (_pendingRecords.Count > 0)
        {
            var (name, schema, description, deprecated) = _pendingRecords.Dequeue();
            Records.Add(BuildRecord(name, schema, description, deprecated));
        }
    }

    public TypeRef TypeOf(YamlNode? schema, string nameHint)
    {
        if (schema is not YamlMapping mapping)
        {
            return TypeRef.Of(TypeKind.Json);
        }

        var (core, nullable) = Unwrap(mapping);
        var type = CoreTypeOf(core, nameHint, mapping);
        return nullable ? type.AsNullable() : type;
    }

    /// <summary>Strips the null alternatives off a schema; returns the schema that is left and whether null is allowed.</summary>
    public static (YamlMapping Core, bool Nullable) Unwrap(YamlMapping schema)
    {
        var nullable = schema["nullable"] is YamlScalar { Value: "true" };
        var types = Types(schema);
        if (types.Contains("null"))
        {
            nullable = true;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.Sequence(keyword) is not { } branches)
            {
                continue;
            }

            var nonNull = branches.Items.Where(branch => !IsNullSchema(branch)).ToList();
            if (nonNull.Count < branches.Items.Count)
            {
                nullable = true;
                if (nonNull.Count == 1 && nonNull[0] is YamlMapping only)
                {
                    var (inner, innerNullable) = Unwrap(only);
                    return (inner, nullable || innerNullable);
                }
            }
        }

        return (schema, nullable);
    }

    public static Constraints ConstraintsOf(YamlNode? schema)
    {
        if (schema is not YamlMapping mapping)
        {
            return Constraints.None;
        }

        var core = Unwrap(mapping).Core;
        int? Int(string key) => Number(mapping, key) is { } value ? (int)value : Number(core, key) is { } coreValue ? (int)coreValue : null;
        double? Double(string key) => Number(mapping, key) ?? Number(core, key);

        var minimum = Double("minimum");
        var maximum = Double("maximum");
        var exclusiveMinimum = false;
        var exclusiveMaximum = false;

        // 3.0 writes exclusiveMinimum as a flag beside minimum; 3.1 writes the bound itself.
        foreach (var source in new[] { mapping, core })
        {
            switch (source["exclusiveMinimum"])
            {
                case YamlScalar { Value: "true" }:
                    exclusiveMinimum = true;
                    break;
                case YamlScalar scalar when ParseNumber(scalar.Value) is { } bound:
                    minimum = bound;
                    exclusiveMinimum = true;
                    break;
            }

            switch (source["exclusiveMaximum"])
            {
                case YamlScalar { Value: "true" }:
                    exclusiveMaximum = true;
                    break;
                case YamlScalar scalar when ParseNumber(scalar.Value) is { } bound:
                    maximum = bound;
                    exclusiveMaximum = true;
                    break;
            }
        }

        return new Constraints(
            Int("minLength"),
            Int("maxLength"),
            mapping.String("pattern") ?? core.String("pattern"),
            minimum,
            exclusiveMinimum && minimum is not null,
            maximum,
            exclusiveMaximum && maximum is not null,
            Int("minItems"),
            Int("maxItems"));
    }

    private TypeRef CoreTypeOf(YamlMapping core, string nameHint, YamlMapping outer)
    {
        if (core.String("$ref") is { } reference)
        {
            return ResolveReference(reference, core["$ref"]!, nameHint);
        }

        if (core.Sequence("allOf") is { } allOf)
        {
            if (allOf.Items.Count == 1)
            {
                return TypeOf(allOf.Items[0], nameHint);
            }

            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, core.KeyOf("allOf")!, "allOf with several schemas", $"'{nameHint}' is typed as raw JSON (JsonElement)");
            return TypeRef.Of(TypeKind.Json);
        }

        if ((core.Sequence("oneOf") ?? core.Sequence("anyOf")) is { } alternatives)
        {
            return UnionOf(core, alternatives, nameHint, outer);
        }

        if (core.Sequence("enum") is { } values)
        {
            return EnumOf(core, values, nameHint, outer);
        }

        var types = Types(core).Where(type => type != "null").ToList();
        if (types.Count > 1)
        {
            return PrimitiveUnion(types.Select(type => (type, (string?)null)).ToList(), nameHint, Describe(outer, core), core)
                ?? TypeRef.Of(TypeKind.Json);
        }

        var kind = types.FirstOrDefault() ?? (core["properties"] is not null ? "object" : null);
        switch (kind)
        {
            case "object":
                return ObjectOf(core, nameHint, outer);
            case "array":
                return new TypeRef(TypeKind.Array, Element: TypeOf(core["items"], nameHint + "Item"));
            case null when core["const"] is YamlScalar:
                return TypeRef.Of(TypeKind.String);
            case null:
                return TypeRef.Of(TypeKind.Json);
            case "null":
                return TypeRef.Of(TypeKind.Json).AsNullable();
            default:
                return PrimitiveOf(kind, core.String("format")) is { } primitive
                    ? TypeRef.Of(primitive)
                    : Invalid(core, nameHint, $"unknown type '{kind}'");
        }
    }

    private TypeRef ResolveReference(string reference, YamlNode at, string nameHint)
    {
        if (reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
        {
            var key = Uri.UnescapeDataString(reference.Substring(SchemaPrefix.Length)).Replace("~1", "/").Replace("~0", "~");
            if (_componentNames.ContainsKey(key))
            {
                return ResolveComponent(key, at);
            }
        }
        else if (_context.ResolvePointer(reference) is YamlMapping target)
        {
            return TypeOf(target, nameHint);
        }

        _context.Report(DiagnosticDescriptors.UnresolvedReference, at, reference, nameHint);
        return TypeRef.Of(TypeKind.Json);
    }

    private TypeRef ResolveComponent(string key, YamlNode at)
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

        var schema = _context.Root.Mapping("components")!.Mapping("schemas")![key];
        var outerComponent = _componentBeingNamed;
        _componentBeingNamed = _componentNames[key];
        var type = TypeOf(schema, _componentNames[key]);
        _componentBeingNamed = outerComponent;
        _inProgress.Remove(key);
        _componentTypes[key] = type;
        return type;
    }

    private TypeRef ObjectOf(YamlMapping core, string nameHint, YamlMapping outer)
    {
        if (core.Mapping("properties") is { Entries.Count: > 0 })
        {
            var name = ClaimName(nameHint);
            _pendingRecords.Enqueue((name, core, Describe(outer, core), IsDeprecated(outer) || IsDeprecated(core)));
            return new TypeRef(TypeKind.Record, name);
        }

        // No properties: a map when additionalProperties has a schema, otherwise any JSON object.
        return core["additionalProperties"] is YamlMapping valueSchema && valueSchema.Entries.Count > 0
            ? new TypeRef(TypeKind.Map, Element: TypeOf(valueSchema, nameHint + "Value"))
            : TypeRef.Of(TypeKind.Json);
    }

    private TypeRef EnumOf(YamlMapping core, YamlSequence values, string nameHint, YamlMapping outer)
    {
        var declared = Types(core).FirstOrDefault(type => type != "null");
        if (declared is "integer" or "number" or "boolean")
        {
            // Non-string enums keep their primitive type; membership is not enforced yet.
            return TypeRef.Of(PrimitiveOf(declared, core.String("format")) ?? TypeKind.Json);
        }

        var fernEnum = core.Mapping("x-fern-enum");
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        var wireValues = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<EnumMemberSpec>();
        var nullable = false;
        foreach (var item in values.Items)
        {
            // Fern writes enum items as "- value: x" (with optional description).
            var scalar = item as YamlScalar ?? (item as YamlMapping)?["value"] as YamlScalar;
            if (scalar is null || scalar.IsNull)
            {
                nullable |= scalar is not null;
                continue;
            }

            if (!wireValues.Add(scalar.Value))
            {
                continue;
            }

            var itemInfo = fernEnum?.Mapping(scalar.Value);
            members.Add(new EnumMemberSpec(
                Identifier.Unique(Identifier.Pascal(itemInfo?.String("name") ?? scalar.Value), memberNames),
                scalar.Value,
                (item as YamlMapping)?.String("description") ?? itemInfo?.String("description"),
                IsDeprecated(item as YamlMapping) || IsDeprecated(itemInfo)));
        }

        if (members.Count == 0)
        {
            return TypeRef.Of(TypeKind.String);
        }

        var name = ClaimName(nameHint);
        var unknown = memberNames.Contains("Unknown") ? Identifier.Unique("Unrecognized", memberNames) : "Unknown";
        Enums.Add(new EnumSpec(name, Describe(outer, core), IsDeprecated(outer) || IsDeprecated(core), unknown, members.ToEquatableArray()));
        var type = new TypeRef(TypeKind.Enum, name);
        return nullable ? type.AsNullable() : type;
    }

    private TypeRef UnionOf(YamlMapping core, YamlSequence alternatives, string nameHint, YamlMapping outer)
    {
        var cases = new List<(string Type, string? Format)>();
        foreach (var branch in alternatives.Items)
        {
            if (IsNullSchema(branch))
            {
                continue;
            }

            var branchTypes = branch is YamlMapping mapping && mapping["$ref"] is null && mapping["enum"] is null && mapping["properties"] is null
                ? Types(mapping).Where(type => type != "null").ToList()
                : new List<string>();
            if (branchTypes.Count != 1 || branchTypes[0] is "object" or "array")
            {
                return ObjectUnionOf(core, alternatives, nameHint, outer);
            }

            cases.Add((branchTypes[0], ((YamlMapping)branch).String("format")));
        }

        return PrimitiveUnion(cases, nameHint, Describe(outer, core), core) ?? TypeRef.Of(TypeKind.Json);
    }

    /// <summary>A oneOf of objects. Variants are told apart by the discriminator, or by trying each in turn.</summary>
    private TypeRef ObjectUnionOf(YamlMapping core, YamlSequence alternatives, string nameHint, YamlMapping outer)
    {
        var discriminator = core.Mapping("discriminator");
        var property = discriminator?.String("propertyName");
        var mapping = discriminator?.Mapping("mapping");
        var variants = new List<UnionVariantSpec>();
        var index = 0;
        foreach (var branch in alternatives.Items.Where(branch => !IsNullSchema(branch)))
        {
            index++;
            var type = TypeOf(branch, nameHint + "Variant" + index.ToString(CultureInfo.InvariantCulture));
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

        var name = ClaimName(nameHint);
        ObjectUnions.Add(new ObjectUnionSpec(name, Describe(outer, core), property, variants.ToEquatableArray()));
        return new TypeRef(TypeKind.ObjectUnion, name);
    }

    private TypeRef? PrimitiveUnion(List<(string Type, string? Format)> cases, string nameHint, string? description, YamlMapping at)
    {
        var kinds = new List<UnionCaseSpec>();
        foreach (var (type, format) in cases)
        {
            if (PrimitiveOf(type, format) is not { } kind || type is "object" or "array")
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

        var name = ClaimName(nameHint);
        Unions.Add(new UnionSpec(name, description, kinds.ToEquatableArray()));
        return new TypeRef(TypeKind.Union, name);
    }

    private RecordSpec BuildRecord(string name, YamlMapping schema, string? description, bool deprecated)
    {
        var required = new HashSet<string>(
            schema.Sequence("required")?.Items.OfType<YamlScalar>().Select(item => item.Value) ?? Enumerable.Empty<string>(),
            StringComparer.Ordinal);

        // Members a record already has; a property with one of these names would not compile.
        var taken = new HashSet<string>(StringComparer.Ordinal) { "EqualityContract", "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", name };
        var properties = new List<PropertySpec>();
        foreach (var entry in schema.Mapping("properties")!.Entries)
        {
            var propertySchema = entry.Value as YamlMapping;
            var candidate = Identifier.Pascal(entry.Key.Value);
            var propertyName = Identifier.Unique(taken.Contains(candidate) ? candidate + "Value" : candidate, taken);
            var type = TypeOf(propertySchema, name + Identifier.Pascal(entry.Key.Value));
            properties.Add(new PropertySpec(
                entry.Key.Value,
                propertyName,
                type,
                required.Contains(entry.Key.Value),
                propertySchema is null ? null : Describe(propertySchema, Unwrap(propertySchema).Core),
                IsDeprecated(propertySchema),
                ConstraintsOf(propertySchema)));
        }

        return new RecordSpec(name, description, deprecated, properties.ToEquatableArray());
    }

    /// <summary>A component takes the name reserved for it; any other type gets a fresh unique name.</summary>
    private string ClaimName(string nameHint)
    {
        if (nameHint == _componentBeingNamed)
        {
            _componentBeingNamed = null;
            return nameHint;
        }

        return Identifier.Unique(nameHint, _typeNames);
    }

    private TypeRef Invalid(YamlMapping at, string nameHint, string why)
    {
        _context.Report(DiagnosticDescriptors.InvalidSchema, at, $"Schema '{nameHint}'", why);
        return TypeRef.Of(TypeKind.Json);
    }

    private static TypeKind? PrimitiveOf(string type, string? format) => type switch
    {
        "string" => format switch
        {
            "date-time" => TypeKind.DateTimeOffset,
            "uuid" => TypeKind.Guid,
            _ => TypeKind.String,
        },
        "integer" => format == "int32" ? TypeKind.Int32 : TypeKind.Int64,
        "number" => format switch
        {
            "float" => TypeKind.Single,
            "decimal" => TypeKind.Decimal,
            _ => TypeKind.Double,
        },
        "boolean" => TypeKind.Boolean,
        _ => null,
    };

    private static List<string> Types(YamlMapping schema) => schema["type"] switch
    {
        YamlScalar { IsNull: false } scalar => new List<string> { scalar.Value },
        YamlScalar => new List<string> { "null" },
        YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(item => item.IsNull ? "null" : item.Value).ToList(),
        _ => new List<string>(),
    };

    private static bool IsNullSchema(YamlNode node) => node is YamlMapping mapping
        && mapping["$ref"] is null
        && Types(mapping) is { Count: > 0 } types
        && types.All(type => type == "null");

    private static string? Describe(YamlMapping outer, YamlMapping core)
        => outer.String("description") ?? core.String("description");

    private static bool IsDeprecated(YamlMapping? schema) => schema?["deprecated"] is YamlScalar { Value: "true" };

    private static double? Number(YamlMapping mapping, string key)
        => mapping[key] is YamlScalar scalar ? ParseNumber(scalar.Value) : null;

    private static double? ParseNumber(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
