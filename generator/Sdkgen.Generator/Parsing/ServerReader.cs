using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// The document's <c>servers</c> → URLs with each <c>{variable}</c> at its default. A scheme-relative URL
/// (<c>//host/base</c>, as Swagger 2.0 without <c>schemes</c> gives) takes https; a path-relative one (<c>/api/v3</c>)
/// stays relative, and the runtime says so when it is the only base address there is.
/// </summary>
internal static class ServerReader
{
    private static readonly Regex Variable = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);

    public static EquatableArray<string> Read(ParseContext context)
    {
        var servers = new List<string>();
        foreach (var server in context.Root.Sequence("servers")?.Items.OfType<YamlMapping>() ?? Enumerable.Empty<YamlMapping>())
        {
            if (server.String("url") is not { } template)
            {
                continue;
            }

            var variables = server.Mapping("variables");
            string? missing = null;
            var url = Variable.Replace(template, match =>
            {
                if (variables?.Mapping(match.Groups[1].Value)?.String("default") is { } value)
                {
                    return value;
                }

                missing ??= match.Groups[1].Value;
                return match.Value;
            });
            if (url.StartsWith("//", StringComparison.Ordinal))
            {
                url = "https:" + url;
            }

            if (missing is not null || !Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out _))
            {
                var why = missing is null ? "it is not a URL" : $"its variable '{missing}' has no default";
                context.Report(DiagnosticDescriptors.InvalidSchema, (YamlNode?)server["url"] ?? server, $"Server '{template}'", why + "; it is left out");
                continue;
            }

            servers.Add(url);
        }

        return servers.ToEquatableArray();
    }
}
