namespace Sdkgen.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> that is not only primitives: a sealed class holding exactly one variant (a record, a
/// list, a string, a number …). The variant is chosen by the JSON token's kind; among several objects by the
/// discriminator, else by which variant's required and known members the object has. Anything else is kept as raw JSON.
/// </summary>
/// <param name="Validates">Some variant has something to validate when a request carries it.</param>
internal sealed record ObjectUnionSpec(string Name, string? Description, string? Discriminator, EquatableArray<UnionVariantSpec> Variants, bool Validates = false);

/// <param name="Name">The case name: Is{Name}, As{Name}, From{Name}.</param>
/// <param name="Tags">The discriminator values that select this variant.</param>
/// <param name="Known">For object variants: every member name, to tell objects apart without a discriminator.</param>
/// <param name="Required">For object variants: the members an object must have to be this variant.</param>
/// <param name="Validates">The variant's type has a Validate method.</param>
internal sealed record UnionVariantSpec(
    string Name,
    TypeRef Type,
    EquatableArray<string> Tags,
    EquatableArray<string> Known,
    EquatableArray<string> Required,
    bool Validates = false)
{
    public UnionVariantSpec(string recordName, EquatableArray<string> tags)
        : this(recordName, new TypeRef(TypeKind.Record, recordName), tags, EquatableArray<string>.Empty, EquatableArray<string>.Empty)
    {
    }
}
