using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>The client, its options and one class per operation group (<c>client.ConversationalAi.BatchCalls</c>).</summary>
internal static class ClientEmitter
{
    private const string Connection = "global::Sdkgen.Runtime.ApiConnection";

    public static string EmitOptions(ClientIdentity client)
    {
        var writer = Preamble.Start(client.Namespace);
        writer.Line($"/// <summary>Settings for <see cref=\"{client.ClientName}\"/>: base address, credentials, logging. <c>ToString()</c> never shows a credential.</summary>");
        writer.Line($"/// <remarks>{DocComments.Escape(Credentials(client.Auth))}</remarks>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{client.Access} sealed class {client.ClientName}Options : global::Sdkgen.Runtime.ApiClientOptions");
        writer.Line("/// <summary>The spec's servers, variables at their defaults. The first is the base address when neither the options nor the HttpClient set one.</summary>");
        var servers = string.Join(", ", client.Servers.Select(server => $"new({DocComments.Literal(server)}, global::System.UriKind.RelativeOrAbsolute)"));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::System.Uri> Servers {{ get; }} = [{servers}];");
        writer.Close();
        return writer.Finish();
    }

    /// <summary>An <c>ApiSecurity</c> expression: its alternatives, each an array of schemes.</summary>
    public static string Security(SecuritySpec security)
    {
        if (security.Alternatives.Count == 0)
        {
            return "global::Sdkgen.Runtime.ApiSecurity.None";
        }

        var alternatives = security.Alternatives.Select(alternative =>
            "[" + string.Join(", ", alternative.Schemes.Select(scheme => $"new({DocComments.Literal(scheme.Name)}, global::Sdkgen.Runtime.ApiKeyStyle.{scheme.Style})")) + "]");
        return $"new global::Sdkgen.Runtime.ApiSecurity([{string.Join(", ", alternatives)}])";
    }

    /// <summary>Which options carry the API's credentials, for the options' remarks.</summary>
    private static string Credentials(AuthSpec? auth)
    {
        if (auth is null || auth.Schemes.Count == 0)
        {
            return "The API declares no credentials.";
        }

        var parts = auth.Schemes.Select(scheme => scheme.Style switch
        {
            "Header" => $"ApiKey as the {scheme.Name} header",
            "Query" => $"ApiKey as the {scheme.Name} query parameter",
            "Cookie" => $"ApiKey as the {scheme.Name} cookie",
            "Basic" => "Username and Password as HTTP basic authentication",
            _ => "a bearer token from AccessTokenProvider (or ApiKey)",
        }).Distinct();
        return "Credentials: " + string.Join("; ", parts) + ".";
    }

    public static string EmitClient(ClientFile file)
    {
        var client = file.Client;
        var writer = Preamble.Start(client.Namespace);
        DocComments.Summary(writer, $"Client for {file.Title ?? client.ClientName}.", file.Description);
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{client.Access} sealed partial class {client.ClientName}");
        writer.Line($"private readonly {Connection} _connection;");
        writer.Line();
        writer.Line("/// <summary>Creates the client over <paramref name=\"httpClient\"/>; the base address comes from the options, the HttpClient or the spec's first server.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its lifetime stays with the caller (use IHttpClientFactory or one shared instance).</param>");
        writer.Line("/// <param name=\"options\">Base address, credentials and logging.</param>");
        writer.Open($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient, {client.ClientName}Options? options = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
        var security = client.Auth is null ? "global::Sdkgen.Runtime.ApiSecurity.None" : Security(client.Auth.Security);
        var server = client.Servers.Count == 0 ? "null" : $"{client.ClientName}Options.Servers[0]";
        writer.Line($"_connection = new {Connection}(httpClient, options ?? new {client.ClientName}Options(), {security}, {DocComments.Literal(client.ClientName)}, {server});");
        foreach (var group in file.Groups)
        {
            writer.Line($"{group.Property} = new {group.ClassName}(_connection);");
        }

        writer.Close();
        EmitGroupProperties(writer, new string[0], file.Groups);
        EmitOperations(writer, client.Namespace, file.Operations);
        writer.Close();
        return writer.Finish();
    }

    public static string EmitGroup(GroupFile file)
    {
        var client = file.Client;
        var writer = Preamble.Start(client.Namespace);
        writer.Line($"/// <summary>The {string.Join(" / ", file.Path)} operations of <see cref=\"{client.ClientName}\"/>.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{client.Access} sealed partial class {file.ClassName}");
        if (file.Operations.Count > 0)
        {
            writer.Line($"private readonly {Connection} _connection;");
            writer.Line();
        }

        writer.Open($"internal {file.ClassName}({Connection} connection)");
        if (file.Operations.Count > 0)
        {
            writer.Line("_connection = connection;");
        }

        foreach (var child in file.Children)
        {
            writer.Line($"{child.Property} = new {child.ClassName}(connection);");
        }

        writer.Close();
        EmitGroupProperties(writer, file.Path, file.Children);
        EmitOperations(writer, client.Namespace, file.Operations);
        writer.Close();
        return writer.Finish();
    }

    private static void EmitGroupProperties(SourceWriter writer, IEnumerable<string> path, EquatableArray<GroupChild> children)
    {
        foreach (var child in children)
        {
            writer.Line();
            writer.Line($"/// <summary>The {string.Join(" / ", System.Linq.Enumerable.Append(path, child.Property))} operations.</summary>");
            writer.Line($"public {child.ClassName} {child.Property} {{ get; }}");
        }
    }

    private static void EmitOperations(SourceWriter writer, string ns, EquatableArray<OperationSpec> operations)
    {
        foreach (var operation in operations)
        {
            writer.Line();
            OperationEmitter.Emit(writer, ns, operation);
        }
    }
}
