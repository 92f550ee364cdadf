namespace Sdkgen.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>OpenAPI's parameter styles, in the order of the runtime's <c>ParameterStyle</c>.</summary>
internal enum ParameterStyle
{
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

internal enum ResponseKind
{
    None,
    Json,

    /// <summary>Binary (or an undeclared media type): the body as a <c>Stream</c>.</summary>
    Stream,
    Text,

    /// <summary>JSON values one after another (NDJSON, JSON Lines, <c>x-fern-streaming</c>): <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    JsonStream,

    /// <summary><c>text/event-stream</c>: <c>IAsyncEnumerable&lt;ServerSentEvent&lt;T&gt;&gt;</c>.</summary>
    EventStream,
}

/// <param name="Style">The spec's <c>style</c>, or the location's default.</param>
/// <param name="Explode">The spec's <c>explode</c>, or the style's default.</param>
internal sealed record ParameterSpec(string WireName, string Name, ParameterLocation Location, TypeRef Type, bool Required, string? Description, bool Deprecated, Constraints Constraints, ParameterStyle Style = ParameterStyle.Simple, bool Explode = false)
{
    /// <summary>A primitive in its location's default style: sent by the plain string overloads.</summary>
    public bool IsPlain => Type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Json)
        && Style == DefaultStyle(Location)
        && (Location is ParameterLocation.Path or ParameterLocation.Header || Explode == DefaultExplode(Style));

    public static ParameterStyle DefaultStyle(ParameterLocation location) => location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple;

    public static bool DefaultExplode(ParameterStyle style) => style == ParameterStyle.Form;
}

internal sealed record ErrorResponseSpec(string StatusCode, TypeRef Type);

internal enum BodyKind
{
    Json,
    Form,
    Multipart,
    Binary,
    Text,
}

/// <summary>An <c>encoding</c> entry of a form body that sets a style or explode.</summary>
internal sealed record FormEncodingSpec(string Name, ParameterStyle Style, bool Explode);

/// <summary>One part of a multipart body: a file (a <c>FileUpload</c>, or a list of them) or a typed value.</summary>
/// <param name="Type">The value's type; null for a file part.</param>
internal sealed record BodyPartSpec(string WireName, string Name, TypeRef? Type, bool FileList, bool Required, string? Description, string? ContentType);

/// <summary>How the request body goes on the wire; the JSON and form bodies' value type is <see cref="OperationSpec.Body"/>.</summary>
internal sealed record RequestBodySpec(BodyKind Kind, string ContentType, EquatableArray<FormEncodingSpec> Encodings, EquatableArray<BodyPartSpec> Parts);

/// <param name="Group">The group path, e.g. ["ConversationalAi", "BatchCalls"]; empty for operations on the client itself.</param>
/// <param name="Body">The type of a JSON or form body (what validation walks); null for other bodies.</param>
/// <param name="Response">The success response type; for streams, the type of each value (or event data).</param>
/// <param name="Security">The operation's own credentials where they differ from the API's; null for the API's.</param>
/// <param name="Accept">The success response's media types, for the <c>Accept</c> header (JSON when null).</param>
/// <param name="RequestBody">The body's media type and encoding; null without a body.</param>
internal sealed record OperationSpec(
    EquatableArray<string> Group,
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterSpec> Parameters,
    TypeRef? Body,
    bool BodyRequired,
    string? BodyDescription,
    ResponseKind ResponseKind,
    TypeRef? Response,
    string? ResponseDescription,
    EquatableArray<ErrorResponseSpec> Errors,
    string? Accept = null,
    PaginationSpec? Pagination = null,
    RequestBodySpec? RequestBody = null,
    SecuritySpec? Security = null);
