namespace Sdkgen.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> of object schemas: a sealed class holding exactly one variant record.
/// With a discriminator the variant is chosen by that property; a value the SDK does not know is kept as raw JSON.
/// </summary>
/// <param name="Validates">Some variant has something to validate when a request carries it.</param>
internal sealed record ObjectUnionSpec(string Name, string? Description, string? Discriminator, EquatableArray<UnionVariantSpec> Variants, bool Validates = false);

/// <param name="Tags">The discriminator values that select this variant.</param>
/// <param name="Validates">The variant record has a Validate method.</param>
internal sealed record UnionVariantSpec(string RecordName, EquatableArray<string> Tags, bool Validates = false);
