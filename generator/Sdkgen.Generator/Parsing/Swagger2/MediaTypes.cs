using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>A media type from <c>consumes</c>/<c>produces</c>, with the node that named it.</summary>
internal readonly record struct MediaType(string Name, YamlNode At)
{
    public const string Json = "application/json";

    public const string FormUrlEncoded = "application/x-www-form-urlencoded";

    public const string Multipart = "multipart/form-data";

    public const string Binary = "application/octet-stream";

    /// <summary>The type without parameters, lower case: <c>Multipart/Form-Data; boundary=x</c> → <c>multipart/form-data</c>.</summary>
    public string Essence => Name.Split(';')[0].Trim().ToLowerInvariant();
}

/// <summary>Reads <c>consumes</c>/<c>produces</c>: an operation's list replaces the document's, and an empty list clears it.</summary>
internal static class MediaTypes
{
    public static IReadOnlyList<MediaType> Read(ParseContext context, YamlMapping owner, string key, IReadOnlyList<MediaType> inherited)
    {
        switch (owner[key])
        {
            case null:
            case YamlScalar { IsNull: true }:
                return inherited;
            case YamlSequence list:
                return list.Items.OfType<YamlScalar>().Where(item => !item.IsNull && item.Value.Length > 0)
                    .Select(item => new MediaType(item.Value, item))
                    .ToList();
            case YamlScalar single:
                context.Report(DiagnosticDescriptors.InvalidSchema, single, $"'{key}'", "it must be a list of media types; it is read as a list of this one");
                return new[] { new MediaType(single.Value, single) };
            case var other:
                context.Report(DiagnosticDescriptors.InvalidSchema, other, $"'{key}'", "it must be a list of media types; it is ignored");
                return inherited;
        }
    }

    public static bool SameNames(IReadOnlyList<MediaType> left, IReadOnlyList<MediaType> right)
        => ReferenceEquals(left, right) || left.Select(type => type.Name).SequenceEqual(right.Select(type => type.Name), StringComparer.Ordinal);
}
