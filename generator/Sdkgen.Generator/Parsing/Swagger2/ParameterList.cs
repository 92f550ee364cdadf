using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>One item of a 2.0 <c>parameters</c> list: as written, its target when it is a <c>$ref</c>, and that reference.</summary>
internal sealed record ParameterItem(YamlNode Node, YamlMapping? Parameter, YamlScalar? Reference)
{
    public string? In => Parameter?.String("in");

    /// <summary>A body or formData parameter: in 3.0 it is part of the request body, not a parameter.</summary>
    public bool IsPayload => In is "body" or "formData";

    public bool SameAs(ParameterItem other)
        => Parameter is not null && other.Parameter is not null && Parameter.String("name") == other.Parameter.String("name") && In == other.In;
}

/// <summary>Follows the <c>$ref</c>s of a parameters list, so body and formData parameters can be told apart from the rest.</summary>
internal static class ParameterList
{
    private const int MaxHops = 32;

    public static List<ParameterItem> Read(ParseContext context, YamlNode? list)
        => Nodes.ItemsOf(list).Select(item => Resolve(context, item)).Where(item => item is not null).Select(item => item!).ToList();

    private static ParameterItem? Resolve(ParseContext context, YamlNode item)
    {
        if (item is not YamlMapping mapping || mapping["$ref"] is not YamlScalar reference)
        {
            return new ParameterItem(item, item as YamlMapping, null);
        }

        if (!reference.Value.StartsWith("#", System.StringComparison.Ordinal))
        {
            // Another file: nothing to look at here, so it stays a reference.
            return new ParameterItem(item, null, reference);
        }

        YamlNode? target = mapping;
        for (var hop = 0; hop < MaxHops && target is YamlMapping { } next && next["$ref"] is YamlScalar link; hop++)
        {
            target = context.ResolvePointer(link.Value);
        }

        if (target is YamlMapping parameter && parameter["$ref"] is null)
        {
            return new ParameterItem(item, parameter, reference);
        }

        context.Report(DiagnosticDescriptors.InvalidSchema, reference, $"The parameter reference '{reference.Value}'", "it does not lead to a parameter in this document; the operation is generated without it");
        return null;
    }
}
