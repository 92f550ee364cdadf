using System;
using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// For a spec without security schemes: finds a key header that nearly every operation (nine in ten) declares as a
/// parameter and whose name says it is a credential (ElevenLabs' <c>xi-api-key</c>, on 383 of its 387 operations).
/// It becomes <c>ApiKey</c> on the options, sent to the operations that declare it, instead of a method parameter.
/// </summary>
internal static class AuthReader
{
    private static readonly string[] CredentialWords = { "apikey", "api-key", "api_key", "token", "authorization", "secret", "password" };

    /// <summary>A parameter name that says it carries a credential, so its value is masked in messages.</summary>
    public static bool IsCredentialName(string name) => CredentialWords.Any(word => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The lifted header and the operations that declare it, or null when no header qualifies.</summary>
    public static string? LiftedKeyHeader(ParseContext context, out HashSet<YamlMapping> declaring)
    {
        declaring = new HashSet<YamlMapping>();
        var operations = 0;
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byOperation = new List<(YamlMapping Operation, HashSet<string> Headers)>();
        foreach (var operation in OperationReader.Operations(context))
        {
            operations++;
            var headers = new HashSet<string>(
                OperationReader.Parameters(context, operation.PathItem, operation.Operation)
                    .Where(parameter => parameter.String("in") == "header" && parameter.String("name") is not null)
                    .Select(parameter => parameter.String("name")!),
                StringComparer.OrdinalIgnoreCase);
            byOperation.Add((operation.Operation, headers));
            foreach (var header in headers.Where(IsCredentialName))
            {
                counts[header] = counts.TryGetValue(header, out var count) ? count + 1 : 1;
            }
        }

        var lifted = counts.Where(entry => entry.Value * 10 >= operations * 9)
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => entry.Key)
            .FirstOrDefault();
        if (lifted is not null)
        {
            declaring.UnionWith(byOperation.Where(item => item.Headers.Contains(lifted)).Select(item => item.Operation));
        }

        return lifted;
    }
}
