using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>Reads the validation keywords (lengths, pattern, bounds, item counts) of a schema use.</summary>
internal static class ConstraintReader
{
    public static Constraints Read(YamlNode? schema)
    {
        if (schema is not YamlMapping mapping)
        {
            return Constraints.None;
        }

        var core = Nullability.Unwrap(mapping).Core;
        int? Int(string key) => Number(mapping, key) is { } value ? (int)value : Number(core, key) is { } coreValue ? (int)coreValue : null;
        double? Double(string key) => Number(mapping, key) ?? Number(core, key);

        var minimum = Double("minimum");
        var maximum = Double("maximum");
        var exclusiveMinimum = false;
        var exclusiveMaximum = false;

        // 3.0 writes exclusiveMinimum as a flag beside minimum; 3.1 writes the bound itself.
        Exclusive(mapping["exclusiveMinimum"], ref minimum, ref exclusiveMinimum);
        Exclusive(mapping["exclusiveMaximum"], ref maximum, ref exclusiveMaximum);
        if (!ReferenceEquals(core, mapping))
        {
            Exclusive(core["exclusiveMinimum"], ref minimum, ref exclusiveMinimum);
            Exclusive(core["exclusiveMaximum"], ref maximum, ref exclusiveMaximum);
        }

        var minLength = Int("minLength");
        var maxLength = Int("maxLength");
        var pattern = mapping.String("pattern") ?? core.String("pattern");
        var minItems = Int("minItems");
        var maxItems = Int("maxItems");
        var constant = Constant(mapping, core)?.Value;

        // Most members have none: share the one empty instance, so the model that lives through emitting stays small
        // (and none is built just to be compared with it).
        return minLength is null && maxLength is null && pattern is null && minimum is null && maximum is null
            && minItems is null && maxItems is null && constant is null
            ? Constraints.None
            : new Constraints(minLength, maxLength, pattern, minimum, exclusiveMinimum && minimum is not null, maximum, exclusiveMaximum && maximum is not null, minItems, maxItems, constant);
    }

    /// <summary>The value <c>const</c> fixes, on the use or the schema it wraps.</summary>
    public static YamlScalar? Constant(YamlMapping? schema, YamlMapping? core)
        => (schema?["const"] ?? core?["const"]) as YamlScalar is { IsNull: false } constant ? constant : null;

    /// <summary>Reads an exclusive bound keyword: a 3.0 flag, or a 3.1 bound that replaces the inclusive one.</summary>
    private static void Exclusive(YamlNode? keyword, ref double? bound, ref bool exclusive)
    {
        switch (keyword)
        {
            case YamlScalar { Value: "true" }:
                exclusive = true;
                break;
            case YamlScalar scalar when ParseNumber(scalar.Value) is { } value:
                bound = value;
                exclusive = true;
                break;
        }
    }

    private static double? Number(YamlMapping mapping, string key)
        => mapping[key] is YamlScalar scalar ? ParseNumber(scalar.Value) : null;

    private static double? ParseNumber(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
