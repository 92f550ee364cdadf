using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>A spec split over several files: <c>$ref</c>s into sibling AdditionalFiles are bundled into one SDK.</summary>
public sealed class ExternalReferenceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Pets, version: '1' }
        paths:
          /pets/{id}:
            parameters:
              - $ref: 'common/parameters.yaml#/Id'
            get:
              operationId: getPet
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema: { $ref: 'schemas/pet.yaml#/Pet' }
          /owners:
            get:
              operationId: listOwners
              responses:
                '200':
                  description: Owners.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: { $ref: 'schemas/owner.yaml' }
        components:
          schemas:
            Local: { type: object, properties: { pet: { $ref: 'schemas/pet.yaml#/Pet' } } }
        """;

    private const string Pet = """
        Pet:
          type: object
          required: [id, owner]
          properties:
            id: { type: string }
            owner: { $ref: 'owner.yaml' }
            parent: { $ref: '#/Pet' }
        """;

    private const string Owner = """
        type: object
        properties:
          name: { type: string }
          pets:
            type: array
            items: { $ref: 'pet.yaml#/Pet' }
        """;

    private const string Parameters = """
        Id: { name: id, in: path, required: true, schema: { type: string } }
        """;

    [Fact]
    public void Schemas_in_sibling_files_become_one_type_each_and_parameters_are_inlined()
    {
        var output = Run(("schemas/pet.yaml", Pet), ("schemas/owner.yaml", Owner), ("common/parameters.yaml", Parameters));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Assert.Contains("Test.Pet.g.cs", output.Sources.Keys);
        Assert.Contains("Test.Owner.g.cs", output.Sources.Keys);
        var pet = output.Sources["Test.Pet.g.cs"];
        Assert.Contains("global::Test.Owner Owner", pet, StringComparison.Ordinal);
        Assert.Contains("global::Test.Pet? Parent", pet, StringComparison.Ordinal);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyList<global::Test.Pet>? Pets", output.Sources["Test.Owner.g.cs"], StringComparison.Ordinal);
        Assert.Contains("GetPetAsync(string id", output.Sources["Test.TestClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sibling_is_SDKG010_at_the_ref_naming_the_fix_and_the_rest_still_generates()
    {
        var output = Run(("schemas/pet.yaml", Pet), ("common/parameters.yaml", Parameters));

        // Once per place that names the file (the spec and pet.yaml), and no second "unresolved $ref" error.
        Assert.All(output.GeneratorDiagnostics, diagnostic => Assert.Equal("SDKG010", diagnostic.Id));
        Assert.Equal(["/specs/schemas/pet.yaml", GeneratorHarness.SpecPath], output.GeneratorDiagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        var missing = output.GeneratorDiagnostics.Single(diagnostic => diagnostic.Location.GetLineSpan().Path == GeneratorHarness.SpecPath);
        Assert.Equal(Line(Spec, "items: { $ref: 'schemas/owner.yaml' }"), missing.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("<AdditionalFiles Include=\"schemas/owner.yaml\" Sdkgen=\"false\" />", missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("Test.Pet.g.cs", output.Sources.Keys);
        Assert.Contains("ListOwnersAsync", output.Sources["Test.TestClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_inside_a_sibling_file_is_reported_in_that_file()
    {
        var output = Run(("schemas/pet.yaml", Pet.Replace("parent: { $ref: '#/Pet' }", "parent: { $ref: '#/Nope' }", StringComparison.Ordinal)), ("schemas/owner.yaml", Owner), ("common/parameters.yaml", Parameters));

        var unresolved = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SDKG003", unresolved.Id);
        Assert.Equal("/specs/schemas/pet.yaml", unresolved.Location.GetLineSpan().Path);
        Assert.Equal(6, unresolved.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Editing_a_referenced_sibling_regenerates_and_an_unrelated_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation([]);
        var options = new TestOptionsProvider().Set(GeneratorHarness.SpecPath, "Test", "TestClient");
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec),
            new InMemoryAdditionalText("/specs/schemas/pet.yaml", Pet),
            new InMemoryAdditionalText("/specs/schemas/owner.yaml", Owner),
            new InMemoryAdditionalText("/specs/common/parameters.yaml", Parameters),
            new InMemoryAdditionalText("/specs/unrelated.json", "{ \"a\": 1 }"),
        };
        GeneratorDriver driver = CreateDriver(files, options);
        driver = driver.RunGenerators(compilation);

        var unrelated = driver.ReplaceAdditionalText(files[4], new InMemoryAdditionalText("/specs/unrelated.json", "{ \"a\": 2 }")).RunGenerators(compilation);
        Assert.All(
            unrelated.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ApiModels].SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        var edited = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("/specs/schemas/pet.yaml", Pet.Replace("id: { type: string }", "id: { type: string }\n    name: { type: string }", StringComparison.Ordinal)))
            .RunGenerators(compilation);
        var pet = edited.GetRunResult().Results.Single().GeneratedSources.Single(source => source.HintName == "Test.Pet.g.cs").SourceText.ToString();
        Assert.Contains("string? Name", pet, StringComparison.Ordinal);
    }

    private static GeneratorOutput Run(params (string Path, string Text)[] siblings)
    {
        var compilation = GeneratorHarness.CreateCompilation([]);
        var files = new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.SpecPath, Spec) }
            .Concat(siblings.Select(sibling => new InMemoryAdditionalText("/specs/" + sibling.Path, sibling.Text)))
            .ToArray();
        var driver = CreateDriver(files, new TestOptionsProvider().Set(GeneratorHarness.SpecPath, "Test", "TestClient"));
        return GeneratorHarness.RunDriver(driver, compilation);
    }

    private static GeneratorDriver CreateDriver(AdditionalText[] files, TestOptionsProvider options)
        => CSharpGeneratorDriver.Create(
            [new SdkGenerator().AsSourceGenerator()],
            files,
            GeneratorHarness.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static int Line(string text, string marker)
        => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n');
}
