namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Every nullable spelling (3.0 <c>nullable</c>, 3.1 <c>type: [T, 'null']</c>, <c>oneOf/anyOf [X, null]</c>)
/// reduces to the schema left once null is taken away, plus a flag.
/// </summary>
internal static class Nullability
{
    private static readonly string[] Alternatives = ["oneOf", "anyOf"];

    /// <summary>Strips the null alternatives off a schema; returns the schema that is left and whether null is allowed.</summary>
    public static (YamlMapping Core, bool Nullable) Unwrap(YamlMapping schema)
    {
        var nullable = schema["nullable"] is YamlScalar { Value: "true" } || SchemaFacts.AllowsNullType(schema);
        foreach (var keyword in Alternatives)
        {
            if (schema.Sequence(keyword) is not { } branches)
            {
                continue;
            }

            YamlNode? onlyNonNull = null;
            var nonNull = 0;
            // Indexed, not foreach: the list is an interface, and every schema of the spec comes through here.
            for (var i = 0; i < branches.Items.Count; i++)
            {
                var branch = branches.Items[i];
                if (!SchemaFacts.IsNullSchema(branch))
                {
                    onlyNonNull = branch;
                    nonNull++;
                }
            }

            if (nonNull < branches.Items.Count)
            {
                nullable = true;
                if (nonNull == 1 && onlyNonNull is YamlMapping only)
                {
                    var (inner, innerNullable) = Unwrap(only);
                    return (inner, nullable || innerNullable);
                }
            }
        }

        return (schema, nullable);
    }
}
