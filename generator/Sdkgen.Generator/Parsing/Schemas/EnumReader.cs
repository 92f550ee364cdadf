using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>Reads <c>enum</c> schemas: string enums become generated enums; other enums keep their primitive type.</summary>
internal sealed class EnumReader
{
    private readonly TypeNamer _names;

    public EnumReader(TypeNamer names) => _names = names;

    public List<EnumSpec> Enums { get; } = new();

    public TypeRef EnumOf(YamlMapping core, YamlSequence values, string nameHint, YamlMapping outer)
    {
        var declared = SchemaFacts.Types(core).FirstOrDefault(type => type != "null");
        if (declared is "integer" or "number" or "boolean")
        {
            // Non-string enums keep their primitive type; membership is not enforced yet.
            return TypeRef.Of(PrimitiveTypes.Of(declared, core.String("format")) ?? TypeKind.Json);
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
                SchemaFacts.IsDeprecated(item as YamlMapping) || SchemaFacts.IsDeprecated(itemInfo)));
        }

        if (members.Count == 0)
        {
            return TypeRef.Of(TypeKind.String);
        }

        var name = _names.Claim(nameHint);
        var unknown = memberNames.Contains("Unknown") ? Identifier.Unique("Unrecognized", memberNames) : "Unknown";
        Enums.Add(new EnumSpec(name, SchemaFacts.Describe(outer, core), SchemaFacts.IsDeprecated(outer) || SchemaFacts.IsDeprecated(core), unknown, members.ToEquatableArray()));
        var type = new TypeRef(TypeKind.Enum, name);
        return nullable ? type.AsNullable() : type;
    }
}
