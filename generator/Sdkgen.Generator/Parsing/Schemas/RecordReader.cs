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

    public List<RecordSpec> Records { get; } = new();

    /// <summary>The type of an object schema (its allOf parts merged in); null when some part is not an object.</summary>
    public TypeRef? ObjectOf(YamlMapping core, string nameHint, YamlMapping outer, bool alwaysRecord = false)
    {
        if (ObjectMembers.Collect(core, _context) is not { } members)
        {
            return null;
        }

        if (members.Properties.Count > 0 || alwaysRecord)
        {
            var name = _names.Claim(nameHint);
            _pending.Enqueue((name, members, SchemaFacts.Describe(outer, core), SchemaFacts.IsDeprecated(outer) || SchemaFacts.IsDeprecated(core)));
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

        // Members a record already has; a property with one of these names would not compile.
        var taken = new HashSet<string>(StringComparer.Ordinal) { "EqualityContract", "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", name };
        var properties = new List<PropertySpec>();
        foreach (var entry in members.Properties)
        {
            var propertySchema = entry.Value as YamlMapping;
            var candidate = Identifier.Pascal(entry.Key.Value);
            var propertyName = Identifier.Unique(taken.Contains(candidate) ? candidate + "Value" : candidate, taken);
            var type = _schemas.TypeOf(propertySchema, name + Identifier.Pascal(entry.Key.Value));
            properties.Add(new PropertySpec(
                entry.Key.Value,
                propertyName,
                type,
                required.Contains(entry.Key.Value),
                propertySchema is null ? null : SchemaFacts.Describe(propertySchema, Nullability.Unwrap(propertySchema).Core),
                SchemaFacts.IsDeprecated(propertySchema),
                ConstraintReader.Read(propertySchema)));
        }

        return new RecordSpec(name, description, deprecated, properties.ToEquatableArray());
    }
}
