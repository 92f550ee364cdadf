namespace Sdkgen.Generator.Model;

/// <summary>An object schema with properties: emitted as a sealed record and its converter.</summary>
/// <param name="Validates">A request can carry it and it has something to check: its converter gets a Validate method.</param>
internal sealed record RecordSpec(string Name, string? Description, bool Deprecated, EquatableArray<PropertySpec> Properties, bool Validates = false);

/// <param name="JsonName">The wire name, kept exactly.</param>
/// <param name="Required">Listed in <c>required</c>: a C# <c>required</c> member that is always written.</param>
/// <param name="Default">
/// JSON a response reads instead when a required, non-nullable member is absent: the spec's <c>default</c>, or <c>{}</c>
/// for a record that reads from an empty object. Null when an absent member is an error.
/// </param>
internal sealed record PropertySpec(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    string? Description,
    bool Deprecated,
    Constraints Constraints,
    string? Default = null);
