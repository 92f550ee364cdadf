using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// <c>securityDefinitions</c> → <c>components/securitySchemes</c>: basic → http/basic, apiKey as it is, oauth2's single
/// <c>flow</c> (implicit, password, application, accessCode) → <c>flows</c> (implicit, password, clientCredentials, authorizationCode).
/// </summary>
internal static class SecurityUpgrader
{
    public static YamlMapping Schemes(ParseContext context, YamlMapping definitions)
    {
        var builder = new MappingBuilder();
        foreach (var entry in definitions.Entries)
        {
            if (entry.Value is not YamlMapping scheme)
            {
                builder.Add(entry.Key, entry.Value);
                continue;
            }

            switch (scheme.String("type"))
            {
                case "basic":
                    builder.Add(entry.Key, Basic(scheme));
                    break;
                case "apiKey":
                    builder.Add(entry.Key, scheme);
                    break;
                case "oauth2":
                    if (OAuth2(context, entry.Key.Value, scheme) is { } oauth2)
                    {
                        builder.Add(entry.Key, oauth2);
                    }

                    break;
                default:
                    context.Report(DiagnosticDescriptors.InvalidSchema, (YamlNode?)scheme["type"] ?? scheme, $"Security definition '{entry.Key.Value}'", "its type is none of basic, apiKey or oauth2; it is left out");
                    break;
            }
        }

        return builder.Build(definitions);
    }

    private static YamlMapping Basic(YamlMapping scheme)
    {
        var builder = new MappingBuilder();
        foreach (var entry in scheme.Entries)
        {
            if (entry.Key.Value == "type")
            {
                builder.Add(entry.Key, Nodes.Text("http", entry.Value));
                builder.Add("scheme", entry.Value, Nodes.Text("basic", entry.Value));
            }
            else
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        return builder.Build(scheme);
    }

    private static YamlMapping? OAuth2(ParseContext context, string name, YamlMapping scheme)
    {
        var flowNode = scheme["flow"];
        var flowName = scheme.String("flow") switch
        {
            "implicit" => "implicit",
            "password" => "password",
            "application" => "clientCredentials",
            "accessCode" => "authorizationCode",
            _ => null,
        };
        if (flowName is null)
        {
            context.Report(DiagnosticDescriptors.InvalidSchema, flowNode ?? scheme, $"OAuth2 security definition '{name}'", "its flow is none of implicit, password, application or accessCode; it is left out");
            return null;
        }

        var flow = new MappingBuilder();
        var builder = new MappingBuilder();
        foreach (var entry in scheme.Entries)
        {
            if (entry.Key.Value is "authorizationUrl" or "tokenUrl" or "scopes")
            {
                flow.Add(entry.Key, entry.Value);
            }
            else if (entry.Key.Value != "flow")
            {
                builder.Add(entry.Key, entry.Value);
            }
        }

        if (!flow.Has("scopes"))
        {
            // 3.0 requires the scopes map, even when empty.
            flow.Add("scopes", flowNode!, new MappingBuilder().Build(flowNode!));
        }

        var flowKey = scheme.KeyOf("flow")!;
        builder.Add("flows", flowKey, new MappingBuilder().Add(flowName, flowNode!, flow.Build(flowNode!)).Build(flowNode!));
        return builder.Build(scheme);
    }
}
