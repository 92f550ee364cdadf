namespace Sdkgen.Generator.Model;

/// <summary>An object schema with properties: emitted as a sealed record and its converter.</summary>
/// <param name="Validates">A request can carry it and it has something to check: its converter gets a Validate method.</param>
internal sealed record RecordSpec(string Name, string? Description, bool Deprecated, EquatableArray<PropertySpec> Properties, bool Validates = false);

/// <param name="JsonName">The wire name, kept exactly.</param>
/// <param name="Required">Listed in <c>required</c>: a C# <c>required</c> member that is always written.</param>
internal sealed record PropertySpec(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    string? Description,
    bool Deprecated,
    Constraints Constraints);
