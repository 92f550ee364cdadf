namespace Sdkgen.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

internal enum ResponseKind
{
    None,
    Json,
    Stream,
}

internal sealed record ParameterSpec(string WireName, string Name, ParameterLocation Location, TypeRef Type, bool Required, string? Description, bool Deprecated, Constraints Constraints);

internal sealed record ErrorResponseSpec(string StatusCode, TypeRef Type);

/// <param name="Group">The group path, e.g. ["ConversationalAi", "BatchCalls"]; empty for operations on the client itself.</param>
/// <param name="Accept">The success response's media types, for the <c>Accept</c> header (JSON when null).</param>
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
    PaginationSpec? Pagination = null);
