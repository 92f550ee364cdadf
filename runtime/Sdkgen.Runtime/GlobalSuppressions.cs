using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Design",
    "CA1032:Implement standard exception constructors",
    Justification = "The exception is meaningless without its error model; a message-only constructor would leave Error unset.",
    Scope = "type",
    Target = "~T:Sdkgen.Runtime.ApiException`1")]
[assembly: SuppressMessage(
    "Design",
    "CA1032:Implement standard exception constructors",
    Justification = "The exception exists to carry Errors; its message is always derived from them.",
    Scope = "type",
    Target = "~T:Sdkgen.Runtime.ApiValidationException")]
[assembly: SuppressMessage(
    "Design",
    "CA1056:URI properties should not be strings",
    Justification = "A relative path-and-query fragment, concatenated onto a base path; System.Uri would re-escape and drop the base path prefix.",
    Scope = "member",
    Target = "~P:Sdkgen.Runtime.ApiCall.RelativeUri")]
