using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>SdkgenInclude/SdkgenExclude: only the matching operations, and only the schemas they reach.</summary>
public sealed class SubsetTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Shop, version: '1' }
        paths:
          /v1/pets:
            get:
              operationId: listPets
              tags: [pets]
              responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } } }
          /v1/pets/{id}:
            get:
              operationId: getPet
              tags: [pets]
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } } }
            delete:
              operationId: deletePet
              tags: [pets]
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses: { '204': { description: gone } }
          /v1/stores:
            get:
              operationId: listStores
              tags: [stores]
              responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Store' } } } } }
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string }
                owner: { $ref: '#/components/schemas/Owner' }
            Owner:
              type: object
              properties:
                id: { type: string }
            Store:
              type: object
              properties:
                city: { type: string }
            Unused:
              type: object
              properties:
                x: { type: string }
        """;

    [Fact]
    public void Without_patterns_every_operation_and_every_component_is_generated()
    {
        var output = Run(include: null, exclude: null);

        Assert.Equal(["DeletePetAsync", "GetPetAsync", "ListPetsAsync"], Methods(output, "PetsClient"));
        Assert.Equal(["ListStoresAsync"], Methods(output, "StoresClient"));
        Assert.Equal(["Owner", "Pet", "Store", "Unused"], Records(output));
    }

    [Fact]
    public void A_tag_include_keeps_its_operations_and_only_the_schemas_they_reach()
    {
        var output = Run(include: "tag:Pets", exclude: null);

        Assert.Equal(["DeletePetAsync", "GetPetAsync", "ListPetsAsync"], Methods(output, "PetsClient"));
        Assert.DoesNotContain("Shop.StoresClient.g.cs", output.Sources.Keys);
        Assert.Equal(["Owner", "Pet"], Records(output));
        Assert.Empty(output.GeneratorDiagnostics);
    }

    [Fact]
    public void A_path_glob_include_with_an_operation_exclude()
    {
        var output = Run(include: "/v1/pets/**", exclude: "op:deletePet");

        Assert.Equal(["GetPetAsync", "ListPetsAsync"], Methods(output, "PetsClient"));
        Assert.Equal(["Owner", "Pet"], Records(output));
    }

    [Fact]
    public void A_single_segment_glob_does_not_reach_deeper_paths()
    {
        var output = Run(include: "/v1/*", exclude: null);

        Assert.Equal(["ListPetsAsync"], Methods(output, "PetsClient"));
        Assert.Equal(["ListStoresAsync"], Methods(output, "StoresClient"));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_warning_naming_it_and_the_rest_still_generates()
    {
        var output = Run(include: "op:listStores; tag:petz", exclude: "/v2/**");

        Assert.Equal(["ListStoresAsync"], Methods(output, "StoresClient"));
        Assert.Equal(["Store"], Records(output));
        var messages = output.GeneratorDiagnostics.Select(d => (d.Id, d.Severity, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(
            [
                ("SDKG009", DiagnosticSeverity.Warning, "The include pattern 'tag:petz' matches no operation of 'test.yaml'"),
                ("SDKG009", DiagnosticSeverity.Warning, "The exclude pattern '/v2/**' matches no operation of 'test.yaml'"),
            ],
            messages);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Patterns_the_package_targets_pass_on_with_a_bar_split_as_with_a_semicolon()
    {
        var output = Run(include: "op:listStores|tag:petz", exclude: null);

        Assert.Equal(["ListStoresAsync"], Methods(output, "StoresClient"));
        var warning = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("The include pattern 'tag:petz' matches no operation of 'test.yaml'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static GeneratorOutput Run(string? include, string? exclude)
    {
        var text = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec);
        var driver = GeneratorHarness.CreateDriver(text, new TestOptionsProvider().Set(text.Path, "Shop", "ShopClient", include: include, exclude: exclude));
        var output = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation([]));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        return output;
    }

    private static string[] Methods(GeneratorOutput output, string className)
    {
        var type = output.OutputCompilation.GetTypeByMetadataName("Shop." + className);
        Assert.NotNull(type);
        return type.GetMembers().OfType<IMethodSymbol>()
            .Where(method => method.MethodKind == MethodKind.Ordinary && method.DeclaredAccessibility == Accessibility.Public)
            .Select(method => method.Name)
            .Where(name => !name.EndsWith("WithResponseAsync", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The schema types generated: each one's file holds its converter.</summary>
    private static string[] Records(GeneratorOutput output) => output.Sources
        .Where(source => source.Value.Contains("\nnamespace Shop.Serialization\n", StringComparison.Ordinal))
        .Select(source => source.Key["Shop.".Length..^".g.cs".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();
}
