using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Responses are read the way a robust client reads them: real APIs leave out members their spec calls required.
/// An absent member that may be null reads as null (the converter does that); a required, non-nullable one reads as
/// its spec <c>default</c>, or, for a record every member of which can itself be absent, as an empty object. Only a
/// member with none of these is an error. Requests stay strict: this changes reading only.
/// </summary>
internal static class AbsentValues
{
    /// <summary>The spec's <c>default</c> as JSON for a scalar member, or null when there is none (or it is not a scalar).</summary>
    public static string? DefaultJson(YamlNode? node, TypeRef type)
    {
        if (node is YamlMapping { Entries.Count: 0 } && type.Kind is TypeKind.Record or TypeKind.Map)
        {
            return "{}";
        }

        if (node is not YamlScalar { IsNull: false } scalar)
        {
            return null;
        }

        var text = scalar.Value;
        return type.Kind switch
        {
            TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => Quote(text),
            TypeKind.Enum when type.Validates => Quote(text), // a string enum; a number enum's default is a number
            TypeKind.Enum when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => text,
            TypeKind.Boolean when text is "true" or "false" => text,
            TypeKind.Int32 or TypeKind.Int64 when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            TypeKind.Double or TypeKind.Single or TypeKind.Decimal when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number) => text,
            _ => null,
        };
    }

    /// <summary>Gives a required record member whose record reads from <c>{}</c> that as its absent value.</summary>
    public static List<RecordSpec> Plan(IReadOnlyList<RecordSpec> records)
    {
        var byName = records.ToDictionary(record => record.Name, StringComparer.Ordinal);
        var empty = new HashSet<string>(StringComparer.Ordinal);

        // A record reads from {} when each member can be absent; grow the set until nothing changes (cycles stay out).
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var record in records.Where(record => !empty.Contains(record.Name)))
            {
                if (record.Properties.All(property => CanBeAbsent(property, empty)))
                {
                    changed |= empty.Add(record.Name);
                }
            }
        }

        return records.Select(record => record with
        {
            Properties = record.Properties.Select(property => NeedsValue(property) && property.Default is null && property.Type.Kind == TypeKind.Record && empty.Contains(property.Type.Name!)
                ? property with { Default = "{}" }
                : property).ToEquatableArray(),
        }).ToList();
    }

    private static bool NeedsValue(PropertySpec property) => property.Required && !property.Type.Nullable;

    private static bool CanBeAbsent(PropertySpec property, HashSet<string> empty)
        => !NeedsValue(property) || property.Default is not null || (property.Type.Kind == TypeKind.Record && empty.Contains(property.Type.Name!));

    private static string Quote(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
