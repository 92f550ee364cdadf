using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Emitting.Operations;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// One operation → <c>…Async</c> (the result) and <c>…WithResponseAsync</c> (the result with the response's status
/// and headers), both one line that sends what a private <c>…Call</c> method builds: the arguments checked, then the call.
/// </summary>
internal static class OperationEmitter
{
    public static void Emit(SourceWriter writer, string ns, OperationSpec operation)
    {
        var parameters = Ordered(ns, operation);
        var baseName = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        var builder = baseName + "Call";
        var call = $"{builder}({string.Join(", ", parameters.Select(p => p.Name))})";
        var signature = string.Join(", ", parameters.Select(p => p.Declaration).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" }));

        EmitDocs(writer, operation, parameters);
        DocComments.Obsolete(writer, operation.Deprecated, operation.MethodName);
        writer.Line($"public {ResponseCode.ReturnType(ns, operation, withResponse: false)} {operation.MethodName}({signature}) => {ResponseCode.Send(ns, operation, call, withResponse: false)};");
        writer.Line();
        writer.Line($"/// <inheritdoc cref=\"{operation.MethodName}\"/>");
        DocComments.Obsolete(writer, operation.Deprecated, operation.MethodName);
        writer.Line($"public {ResponseCode.ReturnType(ns, operation, withResponse: true)} {baseName}WithResponseAsync({signature}) => {ResponseCode.Send(ns, operation, call, withResponse: true)};");
        writer.Line();
        writer.Open($"private global::Sdkgen.Runtime.ApiCall {builder}({string.Join(", ", parameters.Select(p => p.Argument))})");
        EmitChecks(writer, ns, operation, parameters);
        writer.Line($"var call = new global::Sdkgen.Runtime.ApiCall(global::System.Net.Http.HttpMethod.{Method(operation.HttpMethod)}, {DocComments.Literal(operation.Path)});");
        if (operation.Security is { } security)
        {
            writer.Line($"call.Security = {ClientEmitter.Security(security)};");
        }

        CallCode.Accept(writer, operation);
        CallCode.Parameters(writer, ns, operation);
        CallCode.Body(writer, ns, operation);
        CallCode.Errors(writer, ns, operation);
        writer.Line("return call;");
        writer.Close();
        if (operation.Pagination is { } pagination)
        {
            writer.Line();
            PagerCode.Emit(writer, ns, operation, parameters, pagination);
        }
    }

    /// <summary>
    /// Null for a required reference argument is a programming error (ArgumentNullException, as .NET APIs do); every
    /// schema constraint is collected into one ApiValidationException before anything is sent.
    /// </summary>
    private static void EmitChecks(SourceWriter writer, string ns, OperationSpec operation, List<MethodParameter> parameters)
    {
        foreach (var parameter in parameters.Where(p => p.Required && p.IsReference))
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
        }

        // Written in place after the context line, which is taken back when no parameter has a check.
        var start = writer.Mark;
        writer.Line("var context = new global::Sdkgen.Runtime.ValidationContext();");
        var checks = writer.Mark;
        foreach (var parameter in operation.Parameters)
        {
            ValidationCode.Member(writer, ns, parameter.Type, DocComments.Literal(parameter.WireName), parameter.Name, parameter.Required && parameter.Type.IsValueType, parameter.Constraints);
        }

        if (operation.Body is { } body && ValidationCode.Validates(body))
        {
            var validate = body.Kind is TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Union
                ? $"context.Body(request, {TypeNames.Converter(body.Name!, ns)}.Validate);"
                : null;
            if (validate is not null)
            {
                writer.Line(operation.BodyRequired ? validate : $"if (request is not null) {validate}");
            }
            else
            {
                ValidationCode.Member(writer, ns, body, "\"$\"", "request", required: false, Constraints.None);
            }
        }

        if (writer.Mark == checks)
        {
            writer.Rewind(start);
            return;
        }

        writer.Line("context.ThrowIfInvalid();");
    }

    /// <summary>C# needs required parameters first: path, required query/header, the body, then the optional ones.</summary>
    private static List<MethodParameter> Ordered(string ns, OperationSpec operation)
    {
        var body = BodyParameters(ns, operation).ToList();
        var required = operation.Parameters.Where(p => p.Required).Select(p => MethodParameter.Of(ns, p.Name, p.Type, true, p.Description));
        var optional = operation.Parameters.Where(p => !p.Required).Select(p => MethodParameter.Of(ns, p.Name, p.Type, false, p.Description));
        return required.Concat(body.Where(b => b.Required)).Concat(body.Where(b => !b.Required)).Concat(optional).ToList();
    }

    /// <summary>The body as one <c>request</c> argument, or a multipart body as one argument per part.</summary>
    private static IEnumerable<MethodParameter> BodyParameters(string ns, OperationSpec operation)
    {
        const string File = "global::Sdkgen.Runtime.FileUpload";
        switch (operation.RequestBody?.Kind)
        {
            case null:
                return Enumerable.Empty<MethodParameter>();
            case BodyKind.Multipart:
                return operation.RequestBody.Parts.Select(part => part.Type is { } type
                    ? MethodParameter.Of(ns, part.Name, type, part.Required, part.Description)
                    : new MethodParameter(part.Name, part.FileList ? $"global::System.Collections.Generic.IReadOnlyList<{File}>" : File, part.Required, true, part.Description));
            case BodyKind.Binary:
                return new[] { new MethodParameter("request", "global::System.IO.Stream", operation.BodyRequired, true, operation.BodyDescription) };
            case BodyKind.Text:
                return new[] { new MethodParameter("request", "string", operation.BodyRequired, true, operation.BodyDescription) };
            default:
                return new[] { MethodParameter.Of(ns, "request", operation.Body!, operation.BodyRequired, operation.BodyDescription) };
        }
    }

    private static void EmitDocs(SourceWriter writer, OperationSpec operation, List<MethodParameter> parameters)
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
