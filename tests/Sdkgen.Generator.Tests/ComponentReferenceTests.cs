using Sdkgen.Generator.Parsing;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>A discriminator mapping names its variant by a <c>$ref</c> or by the bare component name; escapes are decoded.</summary>
public sealed class ComponentReferenceTests
{
    [Theory]
    [InlineData("#/components/schemas/Cat", "Cat", true)]
    [InlineData("#/components/schemas/Cat", "Ca", false)]
    [InlineData("#/components/schemas/Cat", "Cats", false)]
    [InlineData("Cat", "Cat", true)]
    [InlineData("Cat", "Dog", false)]
    [InlineData("#/components/schemas/Pet~1Cat", "Pet/Cat", true)]
    [InlineData("#/components/schemas/Pet~0Cat", "Pet~Cat", true)]
    [InlineData("#/components/schemas/Big%20Cat", "Big Cat", true)]
    [InlineData("#/components/schemas/Big%20Cat", "Big%20Cat", false)]
    [InlineData("#/components/parameters/Cat", "Cat", false)]
    public void NamesComponent_matches_what_ComponentKey_decodes(string referenceOrName, string key, bool expected)
    {
        Assert.Equal(expected, ReferenceResolver.NamesComponent(referenceOrName, key));
        Assert.Equal(expected, (ReferenceResolver.ComponentKey(referenceOrName) ?? referenceOrName) == key);
    }
}
