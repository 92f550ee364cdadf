using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>Exceptions with consistent messages for generated JSON readers.</summary>
public static class JsonReaderExtensions
{
    /// <summary>Creates the exception for a token the reader did not expect.</summary>
    /// <param name="reader">The reader, positioned on the unexpected token.</param>
    /// <param name="expected">What was expected, e.g. <c>"a string"</c> or <c>"StartObject"</c>.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException UnexpectedToken(this ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {reader.TokenType}");

    /// <summary>Creates the exception for a required property that was absent.</summary>
    /// <param name="typeName">The model type, e.g. <c>BatchCallResponse</c>.</param>
    /// <param name="jsonName">The JSON property name, e.g. <c>id</c>.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException MissingRequired(string typeName, string jsonName) =>
        new($"Missing required property '{jsonName}' of {typeName}");
}
