using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>The client, its options and one class per operation group (<c>client.ConversationalAi.BatchCalls</c>).</summary>
internal static class ClientEmitter
{
    private const string Connection = "global::Sdkgen.Runtime.ApiConnection";

    /// <summary>The class name of a group: its path joined, e.g. ConversationalAiBatchCallsClient.</summary>
    public static string GroupClassName(IEnumerable<string> path) => string.Concat(path) + "Client";

    /// <summary>Every group path with its direct child groups, including intermediate groups without operations.</summary>
    public static SortedDictionary<string, (string[] Path, SortedSet<string> Children)> Groups(ApiSpec api)
    {
        var groups = new SortedDictionary<string, (string[] Path, SortedSet<string> Children)>(StringComparer.Ordinal);
        foreach (var operation in api.Operations)
        {
            for (var depth = 1; depth <= operation.Group.Count; depth++)
            {
                var path = operation.Group.Take(depth).ToArray();
                if (!groups.ContainsKey(string.Join(".", path)))
                {
                    groups[string.Join(".", path)] = (path, new SortedSet<string>(StringComparer.Ordinal));
                }

                var parent = string.Join(".", path.Take(depth - 1));
                if (depth > 1)
                {
                    groups[parent].Children.Add(path[depth - 1]);
                }
            }
        }

        return groups;
    }

    public static string EmitOptions(ApiSpec api)
    {
        var writer = Preamble.Start(api.Namespace);
        writer.Line($"/// <summary>Settings for <see cref=\"{api.ClientName}\"/>: base address and API key. <c>ToString()</c> never shows the key.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{api.Accessibility} sealed class {api.ClientName}Options : global::Sdkgen.Runtime.ApiClientOptions");
        writer.Close();
        return writer.ToString();
    }

    public static string EmitClient(ApiSpec api, IEnumerable<string> topGroups)
    {
        var writer = Preamble.Start(api.Namespace);
        var operations = api.Operations.Where(operation => operation.Group.Count == 0).ToList();
        DocComments.Summary(writer, $"Client for {api.Title ?? api.ClientName}.", api.Description);
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{api.Accessibility} sealed partial class {api.ClientName}");
        writer.Line($"private readonly {Connection} _connection;");
        writer.Line();
        writer.Line("/// <summary>Creates the client over <paramref name=\"httpClient\"/>; the base address comes from the options or the HttpClient.</summary>");
        writer.Line("/// <param name=\"httpClient\">Sends the requests; its lifetime stays with the caller (use IHttpClientFactory or one shared instance).</param>");
        writer.Line("/// <param name=\"options\">Base address and API key.</param>");
        writer.Open($"public {api.ClientName}(global::System.Net.Http.HttpClient httpClient, {api.ClientName}Options? options = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
        var auth = api.Auth is null
            ? "null"
            : $"new global::Sdkgen.Runtime.ApiKeyAuth({DocComments.Literal(api.Auth.HeaderName)}, global::Sdkgen.Runtime.ApiKeyStyle.{(api.Auth.Bearer ? "Bearer" : "Header")})";
        writer.Line($"_connection = new {Connection}(httpClient, options ?? new {api.ClientName}Options(), {auth}, {DocComments.Literal(api.ClientName)});");
        foreach (var group in topGroups)
        {
            writer.Line($"{group} = new {GroupClassName(new[] { group })}(_connection);");
        }

        writer.Close();
        EmitGroupProperties(writer, Array.Empty<string>(), topGroups);
        EmitOperations(writer, api, operations);
        writer.Close();
        return writer.ToString();
    }

    public static string EmitGroup(ApiSpec api, string[] path, IEnumerable<string> children)
    {
        var writer = Preamble.Start(api.Namespace);
        var className = GroupClassName(path);
        var operations = api.Operations.Where(operation => operation.Group.SequenceEqual(path)).ToList();
        writer.Line($"/// <summary>The {string.Join(" / ", path)} operations of <see cref=\"{api.ClientName}\"/>.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{api.Accessibility} sealed partial class {className}");
        if (operations.Count > 0)
        {
            writer.Line($"private readonly {Connection} _connection;");
            writer.Line();
        }

        writer.Open($"internal {className}({Connection} connection)");
        if (operations.Count > 0)
        {
            writer.Line("_connection = connection;");
        }

        foreach (var child in children)
        {
            writer.Line($"{child} = new {GroupClassName(path.Concat(new[] { child }))}(connection);");
        }

        writer.Close();
        EmitGroupProperties(writer, path, children);
        EmitOperations(writer, api, operations);
        writer.Close();
        return writer.ToString();
    }

    private static void EmitGroupProperties(SourceWriter writer, string[] path, IEnumerable<string> children)
    {
        foreach (var child in children)
        {
            writer.Line();
            writer.Line($"/// <summary>The {string.Join(" / ", path.Concat(new[] { child }))} operations.</summary>");
            writer.Line($"public {GroupClassName(path.Concat(new[] { child }))} {child} {{ get; }}");
        }
    }

    private static void EmitOperations(SourceWriter writer, ApiSpec api, List<OperationSpec> operations)
    {
        foreach (var operation in operations)
        {
            writer.Line();
            OperationEmitter.Emit(writer, api.Namespace, operation);
        }
    }
}
