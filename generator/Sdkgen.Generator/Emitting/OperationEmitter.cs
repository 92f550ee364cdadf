using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>One operation → one async method: validate everything, then build the call, then send.</summary>
internal static class OperationEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static void Emit(SourceWriter writer, string ns, OperationSpec operation)
    {
        var json = new JsonCode(ns);
        var parameters = Ordered(operation);
        var returnType = operation.ResponseKind switch
        {
            ResponseKind.Json => $"global::System.Threading.Tasks.Task<{TypeNames.Of(operation.Response!, ns)}>",
            ResponseKind.Stream => "global::System.Threading.Tasks.Task<global::System.IO.Stream>",
            _ => "global::System.Threading.Tasks.Task",
        };

        EmitDocs(writer, operation, parameters);
        DocComments.Obsolete(writer, operation.Deprecated, operation.MethodName);
        var signature = parameters.Select(p => p.Declaration(ns)).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" });
        writer.Open($"public async {returnType} {operation.MethodName}({string.Join(", ", signature)})");

        if (operation.Body is not null && operation.BodyRequired)
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
        }

        EmitValidation(writer, ns, operation);
        writer.Line($"var call = new global::Sdkgen.Runtime.ApiCall(global::System.Net.Http.HttpMethod.{Method(operation.HttpMethod)}, {DocComments.Literal(operation.Path)});");
        if (operation.Accept is { } accept && accept != "application/json")
        {
            writer.Line($"call.Accept = {DocComments.Literal(accept)};");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Path))
        {
            writer.Line($"call.SetPathParameter({DocComments.Literal(parameter.WireName)}, {Text(ns, parameter.Type, parameter.Name, nullable: false)});");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location != ParameterLocation.Path))
        {
            var add = parameter.Location == ParameterLocation.Query ? "AddQuery" : "AddHeader";
            writer.Line($"call.{add}({DocComments.Literal(parameter.WireName)}, {Text(ns, parameter.Type, parameter.Name, Nullable(parameter))});");
        }

        if (operation.Body is { } body)
        {
            var setBody = $"call.SetJsonBody(request, {WriteFunction(json, ns, body)});";
            if (!operation.BodyRequired)
            {
                writer.Open("if (request is not null)").Line(setBody).Close();
            }
            else
            {
                writer.Line(setBody);
            }
        }

        foreach (var error in operation.Errors)
        {
            var reader = ReadFunction(json, ns, error.Type);
            writer.Line(error.StatusCode == "default"
                ? $"call.AddDefaultErrorModel({reader});"
                : int.TryParse(error.StatusCode, out _) ? $"call.AddErrorModel({error.StatusCode}, {reader});" : $"// {error.StatusCode}: status ranges are not mapped to typed errors yet.");
        }

        switch (operation.ResponseKind)
        {
            case ResponseKind.Json:
                writer.Line($"return await _connection.SendAsync(call, {ReadFunction(json, ns, operation.Response!)}, cancellationToken).ConfigureAwait(false);");
                break;
            case ResponseKind.Stream:
                writer.Line("return await _connection.SendForStreamAsync(call, cancellationToken).ConfigureAwait(false);");
                break;
            default:
                writer.Line("await _connection.SendAsync(call, cancellationToken).ConfigureAwait(false);");
                break;
        }

        writer.Close();
        if (operation.Pagination is { } pagination)
        {
            writer.Line();
            EmitPager(writer, ns, operation, parameters, pagination);
        }
    }

    /// <summary>An IAsyncEnumerable over every item: each page's next cursor goes into the next request until none is left.</summary>
    private static void EmitPager(SourceWriter writer, string ns, OperationSpec operation, List<Parameter> parameters, PaginationSpec pagination)
    {
        var baseName = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        writer.Line($"/// <summary>Every item of <see cref=\"{operation.MethodName}\"/>, page after page, fetched as you enumerate.</summary>");
        writer.Line($"/// <remarks>Starts at <paramref name=\"{pagination.CursorParameter.TrimStart('@')}\"/> (or the first page) and passes each page's <c>{pagination.NextCursorProperty}</c> on as the next cursor until {(pagination.HasMoreProperty is null ? "no cursor comes back" : $"<c>{pagination.HasMoreProperty}</c> is false or no cursor comes back")}.</remarks>");
        foreach (var parameter in parameters)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description ?? $"The {parameter.Name} parameter.");
        }

        DocComments.Param(writer, "cancellationToken", "Cancels the enumeration.");
        DocComments.Obsolete(writer, operation.Deprecated, operation.MethodName);
        var signature = parameters.Select(p => p.Declaration(ns)).Concat(new[] { "[global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default" });
        writer.Open($"public async global::System.Collections.Generic.IAsyncEnumerable<{TypeNames.Of(pagination.ItemType, ns)}> {baseName}AllAsync({string.Join(", ", signature)})");
        writer.Line($"var pageCursor = {pagination.CursorParameter};");
        writer.Open("while (true)");
        var arguments = parameters.Select(p => p.Name == pagination.CursorParameter ? "pageCursor" : p.Name).Concat(new[] { "cancellationToken" });
        writer.Line($"var page = await {operation.MethodName}({string.Join(", ", arguments)}).ConfigureAwait(false);");
        writer.Open($"foreach (var item in page.{pagination.ItemsProperty} ?? [])")
            .Line("yield return item;")
            .Close();
        var stop = $"page.{pagination.NextCursorProperty} is not {{ Length: > 0 }} nextCursor || nextCursor == pageCursor";
        if (pagination.HasMoreProperty is { } hasMore)
        {
            stop = $"page.{hasMore} == false || " + stop;
        }

        writer.Open($"if ({stop})")
            .Line("yield break;")
            .Close();
        writer.Line("pageCursor = nextCursor;");
        writer.Close();
        writer.Close();
    }

    private sealed record Parameter(string Name, TypeRef Type, bool Required, string? Description)
    {
        public string Declaration(string ns) => Required
            ? $"{TypeNames.Of(Type, ns)} {Name}"
            : $"{TypeNames.Of(Type, ns, nullable: true)} {Name} = default";
    }

    /// <summary>C# needs required parameters first: path, required query/header, the body, then the optional ones.</summary>
    private static List<Parameter> Ordered(OperationSpec operation)
    {
        var required = operation.Parameters.Where(p => p.Required).Select(p => new Parameter(p.Name, p.Type, true, p.Description));
        var optional = operation.Parameters.Where(p => !p.Required).Select(p => new Parameter(p.Name, p.Type, false, p.Description));
        var body = operation.Body is null
            ? Enumerable.Empty<Parameter>()
            : new[] { new Parameter("request", operation.Body, operation.BodyRequired, operation.BodyDescription ?? "The request body.") };
        return required.Concat(body.Where(b => b.Required)).Concat(body.Where(b => !b.Required)).Concat(optional).ToList();
    }

    private static void EmitDocs(SourceWriter writer, OperationSpec operation, List<Parameter> parameters)
    {
        DocComments.Summary(writer, operation.Summary ?? operation.Description ?? $"{operation.HttpMethod} {operation.Path}", operation.Summary is null ? null : operation.Description);
        foreach (var parameter in parameters)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description ?? $"The {parameter.Name} parameter.");
        }

        DocComments.Param(writer, "cancellationToken", "Cancels the request.");
        if (operation.ResponseKind != ResponseKind.None)
        {
            writer.Line($"/// <returns>{DocComments.Escape(operation.ResponseDescription ?? "The response.")}</returns>");
        }

        writer.Line("/// <exception cref=\"global::Sdkgen.Runtime.ApiValidationException\">The request breaks the spec's constraints; nothing was sent.</exception>");
        writer.Line("/// <exception cref=\"global::Sdkgen.Runtime.ApiException\">The API answered with an error status, or with a body that is not the documented JSON.</exception>");
    }

    private static void EmitValidation(SourceWriter writer, string ns, OperationSpec operation)
    {
        writer.Line("var context = new global::Sdkgen.Runtime.ValidationContext();");
        var counter = 0;
        foreach (var parameter in operation.Parameters)
        {
            var at = DocComments.Literal(parameter.WireName);
            if (parameter.Required && !parameter.Type.IsValueType)
            {
                writer.Line($"context.Required({at}, {parameter.Name});");
            }

            ValidationCode.Emit(writer, ns, parameter.Type, parameter.Name, at, parameter.Constraints, ref counter);
        }

        if (operation.Body is { } body)
        {
            ValidationCode.Emit(writer, ns, body, "request", "\"$\"", Constraints.None, ref counter);
        }

        writer.Line("context.ThrowIfInvalid();");
    }

    private static bool Nullable(ParameterSpec parameter) => !parameter.Required || parameter.Type.Nullable;

    /// <summary>A parameter as the text that goes on the wire (invariant culture; enums as their wire strings).</summary>
    private static string Text(string ns, TypeRef type, string name, bool nullable)
    {
        // Pattern variables leak into the method scope, so each parameter gets its own.
        var value = nullable && type.IsValueType ? name.TrimStart('@') + "Value" : name;
        var text = type.Kind switch
        {
            TypeKind.String => value,
            TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
            TypeKind.DateTimeOffset => $"{value}.ToString(\"O\", {Invariant})",
            TypeKind.Guid => $"{value}.ToString(\"D\", {Invariant})",
            TypeKind.Enum => $"{TypeNames.Converter(type.Name!, ns)}.ToWire({value})",
            TypeKind.Union => $"{value}.ToString()",
            _ => $"{value}.ToString({Invariant})",
        };
        return nullable && type.IsValueType ? $"({name} is {{ }} {value} ? {text} : null)" : text;
    }

    private static string WriteFunction(JsonCode json, string ns, TypeRef type)
        => type.Kind is TypeKind.Record or TypeKind.Enum or TypeKind.Union or TypeKind.ObjectUnion && !type.Nullable
            ? $"{TypeNames.Converter(type.Name!, ns)}.WriteValue"
            : Lambda(writer => json.Write(writer, type, "value"), $"static (writer, value) =>");

    private static string ReadFunction(JsonCode json, string ns, TypeRef type)
        => type.Kind is TypeKind.Record or TypeKind.Enum or TypeKind.Union or TypeKind.ObjectUnion && !type.Nullable
            ? $"{TypeNames.Converter(type.Name!, ns)}.ReadValue"
            : Lambda(
                writer =>
                {
                    writer.Line($"{TypeNames.Of(type, ns)} result;");
                    json.Read(writer, type, "result", "the response");
                    writer.Line("return result;");
                },
                "static (ref global::System.Text.Json.Utf8JsonReader reader) =>");

    /// <summary>A statement lambda written on one line, for values that have no converter of their own.</summary>
    private static string Lambda(System.Action<SourceWriter> body, string head)
    {
        var inner = new SourceWriter();
        body(inner);
        return head + " { " + string.Join(" ", inner.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)) + " }";
    }

    private static string Method(string method) => method switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        "HEAD" => "Head",
        "OPTIONS" => "Options",
        _ => "Trace",
    };
}
