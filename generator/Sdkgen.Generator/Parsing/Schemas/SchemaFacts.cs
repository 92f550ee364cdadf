using System;
using System.Collections.Generic;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Small questions asked of one schema node: its declared types, description, deprecation. They are asked of every
/// schema several times, so they answer without building lists where they can.
/// </summary>
internal static class SchemaFacts
{
    private static readonly string[] ObjectType = ["object"];
    private static readonly string[] StringType = ["string"];
    private static readonly string[] IntegerType = ["integer"];
    private static readonly string[] NumberType = ["number"];
    private static readonly string[] BooleanType = ["boolean"];
    private static readonly string[] ArrayType = ["array"];

    /// <summary>The <c>type</c> keyword as a list without <c>null</c>: 3.1 allows <c>[T, 'null']</c>, 3.0 a single name.</summary>
    public static IReadOnlyList<string> NonNullTypes(YamlMapping schema)
    {
        switch (schema["type"])
        {
            case YamlScalar scalar:
                return IsNullType(scalar) ? Array.Empty<string>() : One(scalar.Value);
            case YamlSequence sequence:
                var types = new List<string>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar type && !IsNullType(type))
                    {
                        types.Add(type.Value);
                    }
                }

                return types;
            default:
                return Array.Empty<string>();
        }
    }

    /// <summary>Whether the <c>type</c> keyword names <c>null</c> (alone or in a list).</summary>
    public static bool AllowsNullType(YamlMapping schema)
    {
        switch (schema["type"])
        {
            case YamlScalar scalar:
                return IsNullType(scalar);
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar type && IsNullType(type))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>A schema whose only type is <c>null</c>: <c>{type: 'null'}</c>, a oneOf/anyOf branch that allows null.</summary>
    public static bool IsNullSchema(YamlNode node)
    {
        if (node is not YamlMapping mapping || mapping["$ref"] is not null)
        {
            return false;
        }

        switch (mapping["type"])
        {
            case YamlScalar scalar:
                return IsNullType(scalar);
            case YamlSequence sequence:
                var any = false;
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar type)
                    {
                        if (!IsNullType(type))
                        {
                            return false;
                        }

                        any = true;
                    }
                }

                return any;
            default:
                return false;
        }
    }

    public static string? Describe(YamlMapping outer, YamlMapping core)
        => outer.String("description") ?? core.String("description");

    public static bool IsDeprecated(YamlMapping? schema) => schema?["deprecated"] is YamlScalar { Value: "true" };

    private static bool IsNullType(YamlScalar type) => type.IsNull || type.Value == "null";

    private static IReadOnlyList<string> One(string type) => type switch
    {
        "object" => ObjectType,
        "string" => StringType,
        "integer" => IntegerType,
        "number" => NumberType,
        "boolean" => BooleanType,
        "array" => ArrayType,
        _ => new[] { type },
    };
}
