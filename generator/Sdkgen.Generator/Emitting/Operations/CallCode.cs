using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting.Operations;

/// <summary>The statements that fill an <c>ApiCall</c>: parameters, body, accepted media types and error models.</summary>
internal static class CallCode
{
    private const string Runtime = "global::Sdkgen.Runtime";

    public static void Parameters(SourceWriter writer, string ns, OperationSpec operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            var name = DocComments.Literal(parameter.WireName);
            var nullable = !parameter.Required || parameter.Type.Nullable;
            if (parameter.IsPlain)
            {
                var text = WireText.Text(ns, parameter.Type, parameter.Name, parameter.Location != ParameterLocation.Path && nullable);
                writer.Line(parameter.Location switch
                {
                    ParameterLocation.Path => $"call.SetPathParameter({name}, {text});",
                    ParameterLocation.Query => $"call.AddQuery({name}, {text});",
                    ParameterLocation.Header => $"call.AddHeader({name}, {text});",
                    _ => $"call.AddCookie({name}, {text});",
                });
                if (parameter.Location != ParameterLocation.Path && parameter.Type.Kind == TypeKind.String && Parsing.AuthReader.IsCredentialName(parameter.WireName))
                {
                    // A key passed as an argument is masked in messages and logs like the options' key.
                    writer.Line($"call.AddSecret({parameter.Name});");
                }

                continue;
            }

            var value = WireText.Value(ns, parameter.Type, parameter.Name, nullable);
            var style = WireText.Style(parameter.Style);
            var explode = WireText.Bool(parameter.Explode);
            writer.Line(parameter.Location switch
            {
                ParameterLocation.Path => $"call.SetPathParameter({name}, {value}, {style}, {explode});",
                ParameterLocation.Query => $"call.AddQuery({name}, {value}, {style}, {explode});",
                ParameterLocation.Header => $"call.AddHeader({name}, {value}, {explode});",
                _ => $"call.AddCookie({name}, {value}, {explode});",
            });
        }
    }

    public static void Body(SourceWriter writer, string ns, OperationSpec operation)
    {
        if (operation.RequestBody is not { } body)
        {
            return;
        }

        var json = new JsonCode(ns, qualified: true);
        var contentType = DocComments.Literal(body.ContentType);
        // A struct body (JsonElement, a union) that may be null is sent by its value once checked.
        var request = operation.Body is { IsValueType: true } typed && (typed.Nullable || !operation.BodyRequired) ? "request.GetValueOrDefault()" : "request";
        string set;
        switch (body.Kind)
        {
            case BodyKind.Multipart:
                Multipart(writer, ns, body);
                return;
            case BodyKind.Json:
                var write = json.WriteFunction(operation.Body!.AsNonNullable());
                set = body.ContentType == "application/json" ? $"call.SetJsonBody({request}, {write});" : $"call.SetJsonBody({request}, {write}, {contentType});";
                break;
            case BodyKind.Form:
                var encodings = body.Encodings.Select(e => $", new {Runtime}.FormFieldEncoding({DocComments.Literal(e.Name)}, {WireText.Style(e.Style)}, {WireText.Bool(e.Explode)})");
                set = $"call.SetFormBody({request}, {json.WriteFunction(operation.Body!.AsNonNullable())}{string.Concat(encodings)});";
                break;
            case BodyKind.Text:
                set = $"call.SetTextBody(request, {contentType});";
                break;
            default:
                set = $"call.SetBinaryBody(request, {contentType});";
                break;
        }

        // A required body the schema lets be null (nullable: true) is still left out when null.
        var alwaysSet = operation.BodyRequired && request == "request" && operation.Body is not { Nullable: true };
        writer.Line(alwaysSet ? set : $"if (request is not null) {set}");
    }

    /// <summary>Files go in as they are; primitives as their text (lists as repeated fields); the rest as JSON parts.</summary>
    private static void Multipart(SourceWriter writer, string ns, RequestBodySpec body)
    {
        var json = new JsonCode(ns, qualified: true);
        writer.Line($"var form = new {Runtime}.MultipartForm();");
        foreach (var part in body.Parts)
        {
            var name = DocComments.Literal(part.WireName);
            var contentType = part.ContentType is null ? string.Empty : ", " + DocComments.Literal(part.ContentType);
            var source = part.Required ? part.Name : $"{part.Name} ?? []";
            if (part.Type is null)
            {
                writer.Line(part.FileList
                    ? $"foreach (var item in {source}) form.AddFile({name}, item{contentType});"
                    : $"form.AddFile({name}, {part.Name}{contentType});");
            }
            else if (part.Type is { Kind: TypeKind.Array, Element: { } element } && !WireText.IsStructured(element))
            {
                writer.Line($"foreach (var item in {source}) form.AddText({name}, {WireText.Text(ns, element, "item", element.Nullable)}{contentType});");
            }
            else if (WireText.IsStructured(part.Type))
            {
                var add = $"form.AddJson({name}, {part.Name}{(part.Type.IsValueType && (!part.Required || part.Type.Nullable) ? ".GetValueOrDefault()" : string.Empty)}, {json.WriteFunction(part.Type.AsNonNullable())}{contentType});";
                writer.Line(part.Required && !part.Type.Nullable ? add : $"if ({part.Name} is not null) {add}");
            }
            else
            {
                writer.Line($"form.AddText({name}, {WireText.Text(ns, part.Type, part.Name, !part.Required || part.Type.Nullable)}{contentType});");
            }
        }

        writer.Line("call.SetMultipartBody(form);");
    }

    public static void Accept(SourceWriter writer, OperationSpec operation)
    {
        var accept = operation.ResponseKind == ResponseKind.EventStream ? "text/event-stream" : operation.Accept;
        if (accept is not null && accept != "application/json")
        {
            writer.Line($"call.Accept = {DocComments.Literal(accept)};");
        }
    }

    /// <summary>Exact codes, status ranges (<c>4XX</c>) and <c>default</c>, each read into its typed model.</summary>
    public static void Errors(SourceWriter writer, string ns, OperationSpec operation)
    {
        var json = new JsonCode(ns, qualified: true);
        foreach (var error in operation.Errors)
        {
            var reader = json.ItemReader(error.Type);
            if (error.StatusCode == "default")
            {
                writer.Line($"call.AddDefaultErrorModel({reader});");
            }
            else if (error.StatusCode.EndsWith("XX", System.StringComparison.Ordinal))
            {
                writer.Line($"call.AddErrorRangeModel({error.StatusCode[0]}, {reader});");
            }
            else
            {
                writer.Line($"call.AddErrorModel({error.StatusCode}, {reader});");
            }
        }
    }
}
