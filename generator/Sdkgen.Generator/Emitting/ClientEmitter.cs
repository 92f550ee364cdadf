using System.Collections.Generic;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>The client, its options and one class per operation group (<c>client.ConversationalAi.BatchCalls</c>).</summary>
internal static class ClientEmitter
{
    private const string Connection = "global::Sdkgen.Runtime.ApiConnection";

    public static string EmitOptions(ClientIdentity client)
    {
        var writer = Preamble.Start(client.Namespace);
        writer.Line($"/// <summary>Settings for <see cref=\"{client.ClientName}\"/>: base address, API key, logging. <c>ToString()</c> never shows the key.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{client.Access} sealed class {client.ClientName}Options : global::Sdkgen.Runtime.ApiClientOptions");
        writer.Close();
        return writer.ToString();
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
        writer.Line("/// <summary>Creates the client over <paramref name=\"httpClient\"/>; the base address comes from the options or the HttpClient.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its lifetime stays with the caller (use IHttpClientFactory or one shared instance).</param>");
        writer.Line("/// <param name=\"options\">Base address, API key and logging.</param>");
        writer.Open($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient, {client.ClientName}Options? options = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
        var auth = client.Auth is null
            ? "null"
            : $"new global::Sdkgen.Runtime.ApiKeyAuth({DocComments.Literal(client.Auth.HeaderName)}, global::Sdkgen.Runtime.ApiKeyStyle.{(client.Auth.Bearer ? "Bearer" : "Header")})";
        writer.Line($"_connection = new {Connection}(httpClient, options ?? new {client.ClientName}Options(), {auth}, {DocComments.Literal(client.ClientName)});");
        foreach (var group in file.Groups)
        {
            writer.Line($"{group.Property} = new {group.ClassName}(_connection);");
        }

        writer.Close();
        EmitGroupProperties(writer, new string[0], file.Groups);
        EmitOperations(writer, client.Namespace, file.Operations);
        writer.Close();
        return writer.ToString();
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
        return writer.ToString();
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
