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

        var constraints = new Constraints(
            Int("minLength"),
            Int("maxLength"),
            mapping.String("pattern") ?? core.String("pattern"),
            minimum,
            exclusiveMinimum && minimum is not null,
            maximum,
            exclusiveMaximum && maximum is not null,
            Int("minItems"),
            Int("maxItems"),
            Constant(mapping, core)?.Value);
        // Most members have none: share the one empty instance, so the model that lives through emitting stays small.
        return constraints.IsEmpty ? Constraints.None : constraints;
    }

    /// <summary>The value <c>const</c> fixes, on the use or the schema it wraps.</summary>
    public static YamlScalar? Constant(YamlMapping? schema, YamlMapping? core)
        => (schema?["const"] ?? core?["const"]) as YamlScalar is { IsNull: false } constant ? constant : null;

    private static double? Number(YamlMapping mapping, string key)
        => mapping[key] is YamlScalar scalar ? ParseNumber(scalar.Value) : null;

    private static double? ParseNumber(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
