namespace Sdkgen.Generator.Model;

/// <summary>An object schema with properties: emitted as a sealed record and its converter.</summary>
/// <param name="Validates">A request can carry it and it has something to check: its converter gets a Validate method.</param>
/// <param name="Extras">
/// The C# member, and the map type, that holds members the schema does not name (<c>additionalProperties</c> beside
/// <c>properties</c>); null when the schema allows none or says nothing of their type.
/// </param>
internal sealed record RecordSpec(string Name, string? Description, bool Deprecated, EquatableArray<PropertySpec> Properties, bool Validates = false, ExtrasSpec? Extras = null);

/// <param name="Name">The C# member, <c>AdditionalProperties</c> unless a property took that name.</param>
/// <param name="Type">A map of the extra members' type.</param>
internal sealed record ExtrasSpec(string Name, TypeRef Type);

/// <param name="JsonName">The wire name, kept exactly.</param>
/// <param name="Required">Listed in <c>required</c>: a C# <c>required</c> member that is always written.</param>
/// <param name="Default">
/// JSON a response reads instead when a required, non-nullable member is absent: the spec's <c>default</c>, or <c>{}</c>
/// for a record that reads from an empty object. Null when an absent member is an error. An optional member with a
/// scalar default is not nullable: it starts at that default and reads it when absent (<see cref="DefaultLiteral"/>).
/// </param>
internal sealed record PropertySpec(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    string? Description,
    bool Deprecated,
    Constraints Constraints,
    string? Default = null)
{
    /// <summary>
    /// The C# literal an optional, non-nullable member with a spec <c>default</c> starts at (<c>false</c>, <c>0L</c>,
    /// <c>"mp3"</c>), or null: such a member is typed non-nullable and always written. A string enum converts from its
    /// wire value implicitly, so <c>"mp3"</c> serves it too.
    /// </summary>
    public string? DefaultLiteral => Required || Type.Nullable || Default is null
        ? null
        : Type.Kind switch
        {
            TypeKind.Boolean or TypeKind.Int32 or TypeKind.String => Default,
            TypeKind.Enum when Type.Validates => Default,
            TypeKind.Int64 => Default + "L",
            TypeKind.Double when Default.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 => Default,
            TypeKind.Double => Default + ".0",
            _ => null,
        };
}
