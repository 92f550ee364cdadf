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
[assembly: SuppressMessage(
    "Naming",
    "CA1720:Identifier contains type name",
    Justification = "The readers are named after the JSON value they read, as Utf8JsonReader's GetString/GetInt64 are.",
    Scope = "type",
    Target = "~T:Sdkgen.Runtime.Json.JsonRead")]
[assembly: SuppressMessage(
    "Naming",
    "CA1720:Identifier contains type name",
    Justification = "The writers are named after the JSON value they write, as Utf8JsonWriter's methods are.",
    Scope = "type",
    Target = "~T:Sdkgen.Runtime.Json.JsonWrite")]
[assembly: SuppressMessage(
    "Design",
    "CA1002:Do not expose generic lists",
    Justification = "Generated records hold exactly this list; returning the concrete type avoids a copy.",
    Scope = "member",
    Target = "~M:Sdkgen.Runtime.Json.JsonRead.List``1(System.Text.Json.Utf8JsonReader@,Sdkgen.Runtime.JsonReadFunc{``0})~System.Collections.Generic.List{``0}")]
