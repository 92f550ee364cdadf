using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>One operation → one method: check the arguments, build the call, hand it to the connection.</summary>
internal static class OperationEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static void Emit(SourceWriter writer, string ns, OperationSpec operation)
    {
        var json = new JsonCode(ns, qualified: true);
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
        writer.Open($"public {returnType} {operation.MethodName}({string.Join(", ", signature)})");
        EmitChecks(writer, ns, operation);
        writer.Line($"var call = new global::Sdkgen.Runtime.ApiCall(global::System.Net.Http.HttpMethod.{Method(operation.HttpMethod)}, {DocComments.Literal(operation.Path)});");
        if (operation.Accept is { } accept && accept != "application/json")
        {
            writer.Line($"call.Accept = {DocComments.Literal(accept)};");
        }

        foreach (var parameter in operation.Parameters)
        {
            var text = Text(ns, parameter.Type, parameter.Name, parameter.Location != ParameterLocation.Path && Nullable(parameter));
            writer.Line(parameter.Location switch
            {
                ParameterLocation.Path => $"call.SetPathParameter({DocComments.Literal(parameter.WireName)}, {text});",
                ParameterLocation.Query => $"call.AddQuery({DocComments.Literal(parameter.WireName)}, {text});",
                _ => $"call.AddHeader({DocComments.Literal(parameter.WireName)}, {text});",
            });
        }

        if (operation.Body is { } body)
        {
            var setBody = $"call.SetJsonBody(request, {json.WriteFunction(body with { Nullable = false })});";
            writer.Line(operation.BodyRequired ? setBody : $"if (request is not null) {setBody}");
        }

        foreach (var error in operation.Errors)
        {
            var reader = json.ItemReader(error.Type);
            if (error.StatusCode == "default")
            {
                writer.Line($"call.AddDefaultErrorModel({reader});");
            }
            else if (int.TryParse(error.StatusCode, out _))
            {
                writer.Line($"call.AddErrorModel({error.StatusCode}, {reader});");
            }
        }

        writer.Line(operation.ResponseKind switch
        {
            ResponseKind.Json => $"return _connection.SendAsync(call, {json.ItemReader(operation.Response!)}, cancellationToken);",
            ResponseKind.Stream => "return _connection.SendForStreamAsync(call, cancellationToken);",
            _ => "return _connection.SendAsync(call, cancellationToken);",
        });
        writer.Close();
        if (operation.Pagination is { } pagination)
        {
            writer.Line();
            EmitPager(writer, ns, operation, parameters, pagination);
        }
    }

    /// <summary>
    /// Null for a required reference argument is a programming error (ArgumentNullException, as .NET APIs do); every
    /// schema constraint is collected into one ApiValidationException before anything is sent.
    /// </summary>
    private static void EmitChecks(SourceWriter writer, string ns, OperationSpec operation)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.Required && !p.Type.IsValueType && !p.Type.Nullable))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }

        if (operation.Body is not null && operation.BodyRequired)
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
        }

        var checks = new SourceWriter();
        foreach (var parameter in operation.Parameters)
        {
            ValidationCode.Member(checks, ns, parameter.Type, DocComments.Literal(parameter.WireName), parameter.Name, parameter.Required && parameter.Type.IsValueType, parameter.Constraints);
        }

        if (operation.Body is { } body && ValidationCode.Validates(body))
        {
            var validate = body.Kind is TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Union
                ? $"context.Body(request, {TypeNames.Converter(body.Name!, ns)}.Validate);"
                : null;
            if (validate is not null)
            {
                checks.Line(operation.BodyRequired ? validate : $"if (request is not null) {validate}");
            }
            else
            {
                ValidationCode.Member(checks, ns, body, "\"$\"", "request", required: false, Constraints.None);
            }
        }

        var text = checks.ToString();
        if (text.Length == 0)
        {
            return;
        }

        writer.Line("var context = new global::Sdkgen.Runtime.ValidationContext();");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        writer.Line("context.ThrowIfInvalid();");
    }

    /// <summary>An IAsyncEnumerable over every item: each page's next cursor goes into the next request until none is left.</summary>
    private static void EmitPager(SourceWriter writer, string ns, OperationSpec operation, List<Parameter> parameters, PaginationSpec pagination)
    {
        var baseName = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        writer.Line($"/// <summary>Every item of <see cref=\"{operation.MethodName}\"/>, page after page, fetched as you enumerate.</summary>");
        writer.Line($"/// <remarks>Starts at <paramref name=\"{pagination.CursorParameter.TrimStart('@')}\"/> (or the first page) and passes each page's <c>{pagination.NextCursorProperty}</c> on as the next cursor until {(pagination.HasMoreProperty is null ? "no cursor comes back" : $"<c>{pagination.HasMoreProperty}</c> is false or no cursor comes back")}.</remarks>");
        foreach (var parameter in parameters)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description);
        }

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
            : new[] { new Parameter("request", operation.Body, operation.BodyRequired, operation.BodyDescription) };
        return required.Concat(body.Where(b => b.Required)).Concat(body.Where(b => !b.Required)).Concat(optional).ToList();
    }

    private static void EmitDocs(SourceWriter writer, OperationSpec operation, List<Parameter> parameters)
    {
        DocComments.Summary(writer, operation.Summary ?? operation.Description ?? $"{operation.HttpMethod} {operation.Path}", operation.Summary is null ? null : operation.Description);
        foreach (var parameter in parameters)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description);
        }

        if (operation.ResponseKind != ResponseKind.None)
        {
            DocComments.Returns(writer, operation.ResponseDescription);
        }
    }

    private static bool Nullable(ParameterSpec parameter) => !parameter.Required || parameter.Type.Nullable;

    /// <summary>A parameter as the text that goes on the wire (invariant culture; enums as their wire strings); null stays null.</summary>
    private static string Text(string ns, TypeRef type, string name, bool nullable)
    {
        var value = nullable && type.IsValueType ? name + ".GetValueOrDefault()" : name;
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
        return nullable && type.IsValueType ? $"({name} is null ? null : {text})" : text;
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
