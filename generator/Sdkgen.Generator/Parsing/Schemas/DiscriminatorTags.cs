using System;
using System.Collections.Generic;

namespace Sdkgen.Generator.Parsing;

/// <summary>The discriminator values that select one variant of a union or one schema derived from a base.</summary>
internal static class DiscriminatorTags
{
    /// <summary>
    /// The mapping's entries that name the variant; else its <c>x-ms-discriminator-value</c>, else the constant its
    /// tag property holds (<c>const</c> or a one-value <c>enum</c>), else <paramref name="fallback"/> (its name).
    /// </summary>
    /// <param name="name">The variant's component key (or the last part of its <c>$ref</c>); null for an inline variant.</param>
    public static List<string> Of(YamlMapping? mapping, string property, string? name, YamlMapping? schema, string fallback)
    {
        var tags = new List<string>();
        foreach (var entry in mapping?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            // A mapping value is a $ref to the variant's component, or its bare name. Checked for every variant of a
            // union against every entry, so without copying the key out of each $ref.
            if (name is not null && entry.Value is YamlScalar target && ReferenceResolver.NamesComponent(target.Value, name))
            {
                tags.Add(entry.Key.Value);
            }
        }

        if (tags.Count > 0)
        {
            return tags;
        }

        var tagSchema = schema?.Mapping("properties")?.Mapping(property);
        tags.Add(schema?.String("x-ms-discriminator-value")
            ?? tagSchema?.String("const")
            ?? (tagSchema?.Sequence("enum")?.Items is { Count: 1 } single ? (single[0] as YamlScalar)?.Value : null)
            ?? name
            ?? fallback);
        return tags;
    }
}
