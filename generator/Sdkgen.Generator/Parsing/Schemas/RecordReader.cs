using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Reads object schemas: a record when they have properties, a map when only <c>additionalProperties</c> has a schema.
/// Records are built late (queued, then drained) so that a record can refer to itself.
/// </summary>
internal sealed class RecordReader
{
    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly TypeNamer _names;
    private readonly Queue<(string Name, ObjectMembers Members, string? Description, bool Deprecated)> _pending = new();

    public RecordReader(ParseContext context, SchemaReader schemas, TypeNamer names)
    {
        _context = context;
        _schemas = schemas;
        _names = names;
    }

    /// <summary>Members a record already has; a property with one of these names would not compile.</summary>
    private static readonly string[] RecordMembers = { "EqualityContract", "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>The member names taken in the record being built: one set refilled per record (records are built one at a time).</summary>
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public List<RecordSpec> Records { get; } = new();

    /// <summary>Inline object schemas by their <see cref="SchemaShape"/>: ones written alike are one record (the first one's name).</summary>
    private readonly Dictionary<string, string> _inlineRecords = new(StringComparer.Ordinal);

    /// <summary>The type of an object schema (its allOf parts merged in); null when some part is not an object.</summary>
    public TypeRef? ObjectOf(YamlMapping core, string nameHint, YamlMapping outer, bool alwaysRecord = false)
    {
        if (ObjectMembers.Collect(core, _context) is not { } members)
        {
            return null;
        }

        if (members.Properties.Count > 0 || alwaysRecord)
        {
            var description = SchemaFacts.Describe(outer, core);
            var shape = _names.IsComponent(nameHint) ? null : $"{alwaysRecord}|{description}|{SchemaShape.Of(core)}";
            if (shape is not null && _inlineRecords.TryGetValue(shape, out var existing))
            {
                return new TypeRef(TypeKind.Record, existing);
            }

            var name = _names.Claim(nameHint);
            if (shape is not null)
            {
                _inlineRecords[shape] = name;
            }

            _pending.Enqueue((name, members, description, SchemaFacts.IsDeprecated(outer) || SchemaFacts.IsDeprecated(core)));
            return new TypeRef(TypeKind.Record, name);
        }

        // No properties: a map when additionalProperties has a schema, otherwise any JSON object.
        return members.AdditionalProperties is { } valueSchema
            ? new TypeRef(TypeKind.Map, Element: _schemas.TypeOf(valueSchema, nameHint + "Value"))
            : TypeRef.Of(TypeKind.Json);
    }

    public void Drain()
    {
        while (_pending.Count > 0)
        {
            var (name, members, description, deprecated) = _pending.Dequeue();
            Records.Add(Build(name, members, description, deprecated));
        }
    }

    private RecordSpec Build(string name, ObjectMembers members, string? description, bool deprecated)
    {
        var required = members.Required;

        var taken = _taken;
        taken.Clear();
        taken.UnionWith(RecordMembers);
        taken.Add(name);
        var properties = new List<PropertySpec>(members.Properties.Count);
        foreach (var entry in members.Properties)
        {
            var propertySchema = entry.Value as YamlMapping;
            var candidate = Identifier.Pascal(entry.Key.Value);
            var propertyName = Identifier.Unique(taken.Contains(candidate) ? candidate + "Value" : candidate, taken);
            var type = _schemas.TypeOf(propertySchema, name + Identifier.Pascal(entry.Key.Value));
            var core = propertySchema is null ? null : Nullability.Unwrap(propertySchema).Core;

            // A const member has one possible value: the record starts at it and writes it, so no caller has to set it.
            var constant = ConstraintReader.Constant(propertySchema, core);
            properties.Add(new PropertySpec(
                entry.Key.Value,
                propertyName,
                type,
                // readOnly members are absent from requests and writeOnly ones from responses: neither is always there.
                required.Contains(entry.Key.Value) && !Flag(propertySchema, "readOnly") && !Flag(propertySchema, "writeOnly") && constant is null,
                propertySchema is null ? null : SchemaFacts.Describe(propertySchema, core!),
                SchemaFacts.IsDeprecated(propertySchema),
                ConstraintReader.Read(propertySchema),
                AbsentValues.DefaultJson(propertySchema?["default"] ?? constant, type)));
        }

        // additionalProperties beside properties: the members it does not name are kept, not dropped.
        var extras = members.AdditionalProperties is { } valueSchema
            ? new ExtrasSpec(Identifier.Unique("AdditionalProperties", taken), new TypeRef(TypeKind.Map, Element: _schemas.TypeOf(valueSchema, name + "Extra")))
            : null;
        return new RecordSpec(name, description, deprecated, properties.ToEquatableArray(), Extras: extras);
    }

    private static bool Flag(YamlMapping? schema, string keyword) => schema?[keyword] is YamlScalar { Value: "true" };
}
