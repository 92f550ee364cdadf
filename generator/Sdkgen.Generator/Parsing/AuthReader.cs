using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Finds the API credential: an apiKey-in-header or bearer security scheme, or else a header parameter that
/// every operation takes and whose name says it is a key (ElevenLabs' <c>xi-api-key</c>).
/// It becomes <c>ApiKey</c> on the options instead of a method parameter.
/// </summary>
internal static class AuthReader
{
    private static readonly string[] CredentialWords = { "apikey", "api-key", "api_key", "token", "authorization", "secret" };

    public static AuthSpec? Read(ParseContext context)
    {
        foreach (var scheme in context.Root.Mapping("components")?.Mapping("securitySchemes")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            if (scheme.Value is not YamlMapping mapping)
            {
                continue;
            }

            if (mapping.String("type") == "apiKey" && mapping.String("in") == "header" && mapping.String("name") is { } header)
            {
                return new AuthSpec(header, Bearer: false);
            }

            if (mapping.String("type") == "http" && string.Equals(mapping.String("scheme"), "bearer", StringComparison.OrdinalIgnoreCase))
            {
                return new AuthSpec("Authorization", Bearer: true);
            }
        }

        HashSet<string>? common = null;
        foreach (var operation in OperationReader.Operations(context))
        {
            var headers = new HashSet<string>(
                OperationReader.Parameters(context, operation.PathItem, operation.Operation)
                    .Where(parameter => parameter.String("in") == "header" && parameter.String("name") is not null)
                    .Select(parameter => parameter.String("name")!),
                StringComparer.OrdinalIgnoreCase);
            if (common is null)
            {
                common = headers;
            }
            else
            {
                common.IntersectWith(headers);
            }
        }

        var credential = common?.OrderBy(name => name, StringComparer.Ordinal)
            .FirstOrDefault(name => CredentialWords.Any(word => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0));
        return credential is null ? null : new AuthSpec(credential, Bearer: false);
    }
}
