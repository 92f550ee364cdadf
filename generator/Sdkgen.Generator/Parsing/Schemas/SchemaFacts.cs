using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Generator.Parsing;

/// <summary>Small questions asked of one schema node: its declared types, description, deprecation.</summary>
internal static class SchemaFacts
{
    /// <summary>The <c>type</c> keyword as a list: 3.1 allows <c>[T, 'null']</c>, 3.0 a single name.</summary>
    public static List<string> Types(YamlMapping schema) => schema["type"] switch
    {
        YamlScalar { IsNull: false } scalar => new List<string> { scalar.Value },
        YamlScalar => new List<string> { "null" },
        YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(item => item.IsNull ? "null" : item.Value).ToList(),
        _ => new List<string>(),
    };

    public static bool IsNullSchema(YamlNode node) => node is YamlMapping mapping
        && mapping["$ref"] is null
        && Types(mapping) is { Count: > 0 } types
        && types.All(type => type == "null");

    public static string? Describe(YamlMapping outer, YamlMapping core)
        => outer.String("description") ?? core.String("description");

    public static bool IsDeprecated(YamlMapping? schema) => schema?["deprecated"] is YamlScalar { Value: "true" };
}
