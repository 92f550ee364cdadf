using System.Linq;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Every nullable spelling (3.0 <c>nullable</c>, 3.1 <c>type: [T, 'null']</c>, <c>oneOf/anyOf [X, null]</c>)
/// reduces to the schema left once null is taken away, plus a flag.
/// </summary>
internal static class Nullability
{
    /// <summary>Strips the null alternatives off a schema; returns the schema that is left and whether null is allowed.</summary>
    public static (YamlMapping Core, bool Nullable) Unwrap(YamlMapping schema)
    {
        var nullable = schema["nullable"] is YamlScalar { Value: "true" } || SchemaFacts.Types(schema).Contains("null");
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.Sequence(keyword) is not { } branches)
            {
                continue;
            }

            var nonNull = branches.Items.Where(branch => !SchemaFacts.IsNullSchema(branch)).ToList();
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
}
