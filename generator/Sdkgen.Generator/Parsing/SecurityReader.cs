using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// <c>components/securitySchemes</c> and the <c>security</c> requirements (the document's, each operation's, <c>[]</c> for
/// none) → what each operation sends. apiKey in a header, query or cookie and bearer take <c>ApiKey</c>; basic takes
/// <c>Username</c>/<c>Password</c>; OAuth2 and OpenID Connect take a bearer token from <c>AccessTokenProvider</c>
/// (or <c>ApiKey</c>). A spec that defines schemes but requires none anywhere gets each scheme as an alternative.
/// Without schemes, <see cref="AuthReader"/>'s lifted key header is the API's credential.
/// </summary>
internal sealed class SecurityReader
{
    private readonly Dictionary<YamlMapping, SecuritySpec> _perOperation;

    private SecurityReader(AuthSpec? auth, Dictionary<YamlMapping, SecuritySpec> perOperation)
    {
        Auth = auth;
        _perOperation = perOperation;
    }

    /// <summary>The API's credentials, or null when it has none.</summary>
    public AuthSpec? Auth { get; }

    /// <summary>The operation's own security where it differs from the API's; null for the API's.</summary>
    public SecuritySpec? ForOperation(YamlMapping operation) => _perOperation.TryGetValue(operation, out var security) ? security : null;

    public static SecurityReader Read(ParseContext context)
    {
        var perOperation = new Dictionary<YamlMapping, SecuritySpec>();
        var schemes = Schemes(context);
        if (schemes.Count == 0)
        {
            if (AuthReader.LiftedKeyHeader(context, out var declaring) is not { } header)
            {
                return new SecurityReader(null, perOperation);
            }

            var scheme = new AuthScheme(header, "Header");
            foreach (var operation in OperationReader.Operations(context).Where(operation => !declaring.Contains(operation.Operation)))
            {
                perOperation[operation.Operation] = SecuritySpec.None;
            }

            return new SecurityReader(new AuthSpec(header, SecuritySpec.Of(scheme), new[] { scheme }.ToEquatableArray()), perOperation);
        }

        var operations = OperationReader.Operations(context).ToList();
        var requiresAny = context.Root["security"] is not null || operations.Any(operation => operation.Operation["security"] is not null);
        var document = context.Root["security"] is { } node
            ? Requirements(context, node, schemes)
            : requiresAny
                ? SecuritySpec.None
                : new SecuritySpec(schemes.Values.OfType<AuthScheme>().Distinct().Select(scheme => new SecurityAlternative(new[] { scheme }.ToEquatableArray())).ToEquatableArray());
        foreach (var operation in operations)
        {
            if (operation.Operation["security"] is { } own && Requirements(context, own, schemes) is var security && !security.Equals(document))
            {
                perOperation[operation.Operation] = security;
            }
        }

        var used = new[] { document }.Concat(perOperation.Values)
            .SelectMany(security => security.Alternatives.SelectMany(alternative => alternative.Schemes))
            .Distinct()
            .OrderBy(scheme => scheme.Style, StringComparer.Ordinal)
            .ThenBy(scheme => scheme.Name, StringComparer.Ordinal)
            .ToList();
        var headerName = used.FirstOrDefault(scheme => scheme.Style == "Header")?.Name;
        return new SecurityReader(new AuthSpec(headerName, document, used.ToEquatableArray()), perOperation);
    }

    /// <summary>Scheme name → how it is sent, in the spec's order; null for a scheme the runtime cannot send (reported once, here).</summary>
    private static Dictionary<string, AuthScheme?> Schemes(ParseContext context)
    {
        var result = new Dictionary<string, AuthScheme?>(StringComparer.Ordinal);
        foreach (var entry in context.Root.Mapping("components")?.Mapping("securitySchemes")?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
        {
            var mapping = entry.Value as YamlMapping;
            if (mapping?.String("$ref") is { } reference)
            {
                mapping = context.ResolvePointer(reference) as YamlMapping;
            }

            var type = mapping?.String("type");
            var scheme = type switch
            {
                "apiKey" when mapping!.String("name") is { } name && mapping.String("in") is "header" or "query" or "cookie" =>
                    new AuthScheme(name, mapping.String("in") switch { "header" => "Header", "query" => "Query", _ => "Cookie" }),
                "http" when string.Equals(mapping!.String("scheme"), "bearer", StringComparison.OrdinalIgnoreCase) => new AuthScheme("Authorization", "Bearer"),
                "http" when string.Equals(mapping!.String("scheme"), "basic", StringComparison.OrdinalIgnoreCase) => new AuthScheme("Authorization", "Basic"),
                "oauth2" or "openIdConnect" => new AuthScheme("Authorization", "Bearer"),
                _ => null,
            };
            if (scheme is null)
            {
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, entry.Key, $"Security scheme '{entry.Key.Value}' ({type ?? "no type"}{(mapping?.String("scheme") is { } http ? " " + http : string.Empty)})", "operations that require only it send no credential");
            }

            result[entry.Key.Value] = scheme;
        }

        return result;
    }

    /// <summary>
    /// A <c>security</c> list → alternatives. An empty requirement (<c>{}</c>, "anonymous too") goes last, so a configured
    /// credential is still sent; an alternative naming an unknown scheme is reported and left out.
    /// </summary>
    private static SecuritySpec Requirements(ParseContext context, YamlNode node, Dictionary<string, AuthScheme?> schemes)
    {
        var alternatives = new List<SecurityAlternative>();
        var anonymous = false;
        foreach (var requirement in (node as YamlSequence)?.Items.OfType<YamlMapping>() ?? Enumerable.Empty<YamlMapping>())
        {
            var unknown = requirement.Entries.FirstOrDefault(entry => !schemes.ContainsKey(entry.Key.Value)).Key;
            if (unknown is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidSchema, unknown, $"Security requirement '{unknown.Value}'", "no security scheme has that name; the alternative is left out");
                continue;
            }

            if (requirement.Entries.Count == 0)
            {
                anonymous = true;
            }
            else if (requirement.Entries.All(entry => schemes[entry.Key.Value] is not null))
            {
                alternatives.Add(new SecurityAlternative(requirement.Entries.Select(entry => schemes[entry.Key.Value]!).Distinct().ToEquatableArray()));
            }
        }

        if (anonymous)
        {
            alternatives.Add(new SecurityAlternative(EquatableArray<AuthScheme>.Empty));
        }

        return new SecuritySpec(alternatives.Distinct().ToEquatableArray());
    }
}
