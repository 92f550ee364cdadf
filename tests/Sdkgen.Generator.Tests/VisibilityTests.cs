using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>SdkgenVisibility: a project can keep its generated SDK to itself (no clashes with a referencing project).</summary>
public sealed class VisibilityTests
{
    [Fact]
    public void Internal_visibility_makes_every_generated_type_internal_and_still_compiles()
    {
        var output = Run("internal");

        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        var types = output.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingNamespace.ToDisplayString().StartsWith("ElevenLabs", System.StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(types);
        Assert.All(types, type => Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility));
    }

    [Fact]
    public void Default_visibility_is_public()
    {
        var output = Run(null);

        Assert.Equal(Accessibility.Public, TypeNamed(output, "ElevenLabs.ElevenLabsClient").DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, TypeNamed(output, "ElevenLabs.Serialization.BatchCallStatusJsonConverter").DeclaredAccessibility);
    }

    [Fact]
    public void Unknown_visibility_is_SDKG005()
    {
        var output = Run("protected");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SDKG005", diagnostic.Id);
    }

    private static INamedTypeSymbol TypeNamed(GeneratorOutput output, string metadataName)
        => output.OutputCompilation.GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException("No type " + metadataName);

    private static GeneratorOutput Run(string? visibility)
    {
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, TestPaths.ReadSeedSpec());
        var options = new TestOptionsProvider().Set(GeneratorHarness.SpecPath, "ElevenLabs", "ElevenLabsClient", visibility);
        return GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(spec, options), GeneratorHarness.CreateCompilation([]));
    }
}
