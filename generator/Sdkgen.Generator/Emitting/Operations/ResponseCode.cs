using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting.Operations;

/// <summary>
/// What an operation returns and which connection method sends it, plain and with the response's status and
/// headers (<c>ApiResponse</c>).
/// </summary>
internal static class ResponseCode
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Stream = "global::System.IO.Stream";
    private const string ApiResponse = "global::Sdkgen.Runtime.ApiResponse";

    public static string ReturnType(string ns, OperationSpec operation, bool withResponse)
    {
        var value = Value(ns, operation);
        if (withResponse)
        {
            return value is null ? $"{Task}<{ApiResponse}>" : $"{Task}<{ApiResponse}<{value}>>";
        }

        return operation.ResponseKind switch
        {
            ResponseKind.None => Task,
            ResponseKind.JsonStream or ResponseKind.EventStream => value!,
            _ => $"{Task}<{value}>",
        };
    }

    /// <summary>The expression that sends <paramref name="call"/>.</summary>
    public static string Send(string ns, OperationSpec operation, string call, bool withResponse)
    {
        var suffix = withResponse ? "WithResponseAsync" : "Async";
        var reader = operation.Response is { } type ? ", " + new JsonCode(ns, qualified: true).ItemReader(type) : string.Empty;
        return operation.ResponseKind switch
        {
            ResponseKind.Json => $"_connection.Send{suffix}({call}{reader}, cancellationToken)",
            ResponseKind.Stream => $"_connection.SendForStream{suffix}({call}, cancellationToken)",
            ResponseKind.Text => $"_connection.SendForString{suffix}({call}, cancellationToken)",
            ResponseKind.JsonStream => $"_connection.SendForJsonStream{suffix}({call}{reader}, cancellationToken)",
            ResponseKind.EventStream => $"_connection.SendForEventStream{suffix}({call}{reader}, cancellationToken)",
            _ => $"_connection.Send{suffix}({call}, cancellationToken)",
        };
    }

    /// <summary>The type of the value a response holds; null when there is none.</summary>
    private static string? Value(string ns, OperationSpec operation) => operation.ResponseKind switch
    {
        ResponseKind.Json => TypeNames.Of(operation.Response!, ns),
        ResponseKind.Stream => Stream,
        ResponseKind.Text => "string",
        ResponseKind.JsonStream => $"global::System.Collections.Generic.IAsyncEnumerable<{TypeNames.Of(operation.Response!, ns)}>",
        ResponseKind.EventStream => $"global::System.Collections.Generic.IAsyncEnumerable<global::Sdkgen.Runtime.ServerSentEvent<{TypeNames.Of(operation.Response!, ns)}>>",
        _ => null,
    };
}
