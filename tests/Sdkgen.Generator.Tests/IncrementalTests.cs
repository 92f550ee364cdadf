using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps = [TrackingNames.SpecInputs, TrackingNames.ApiModels, TrackingNames.HostFeatures, TrackingNames.FileModels, TrackingNames.Sources];

    [Fact]
    public void Unrelated_csharp_edit_keeps_every_tracked_step_cached_and_the_output_identical()
    {
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, TestPaths.ReadSeedSpec());
        var driver = GeneratorHarness.CreateDriver(spec, new TestOptionsProvider().Set(spec.Path, "ElevenLabs", "ElevenLabsClient"));
        var compilation = GeneratorHarness.CreateCompilation(["namespace App; public static class Numbers { public static int One => 1; }"]);
        var first = GeneratorHarness.RunDriver(driver, compilation);

        var oldTree = compilation.SyntaxTrees.Single();
        var newTree = CSharpSyntaxTree.ParseText("namespace App; public static class Numbers { public static int Two => 2; }", GeneratorHarness.ParseOptions, oldTree.FilePath);
        var second = GeneratorHarness.RunDriver(first.Driver, compilation.ReplaceSyntaxTree(oldTree, newTree));

        var result = second.RunResult.Results.Single();
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"step {name} was not tracked");
            var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.Equal(first.Sources, second.Sources);
        Assert.NotEmpty(second.Sources);
    }

    [Fact]
    public void Editing_the_spec_text_reruns_the_model_step()
    {
        const string Before = """
            openapi: 3.1.0
            info: { title: Test, version: '1' }
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: { type: string }
            """;
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Before);
        var driver = GeneratorHarness.CreateDriver(spec, new TestOptionsProvider().Set(spec.Path, "Test", "TestClient"));
        var compilation = GeneratorHarness.CreateCompilation([]);
        var first = GeneratorHarness.RunDriver(driver, compilation);

        var edited = new InMemoryAdditionalText(spec.Path, Before + "\n        age: { type: integer }\n");
        var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(spec, edited), compilation);

        var reasons = second.RunResult.Results.Single().TrackedSteps[TrackingNames.ApiModels]
            .SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.DoesNotContain("Age", first.Sources["Test.Pet.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains("public long? Age { get; init; }", second.Sources["Test.Pet.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_schemas_description_re_emits_only_that_schemas_file()
    {
        const string Before = """
            openapi: 3.1.0
            info: { title: Test, version: '1' }
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            components:
              schemas:
                Pet:
                  description: A pet.
                  type: object
                  properties:
                    name: { type: string, description: The name. }
                    owner: { $ref: '#/components/schemas/Owner' }
                Owner:
                  type: object
                  properties:
                    id: { type: string }
            """;
        var spec = new InMemoryAdditionalText(GeneratorHarness.SpecPath, Before);
        var driver = GeneratorHarness.CreateDriver(spec, new TestOptionsProvider().Set(spec.Path, "Test", "TestClient"));
        var compilation = GeneratorHarness.CreateCompilation([]);
        var first = GeneratorHarness.RunDriver(driver, compilation);

        var edited = new InMemoryAdditionalText(spec.Path, Before.Replace("description: The name.", "description: What the pet answers to.", System.StringComparison.Ordinal));
        var second = GeneratorHarness.RunDriver(first.Driver.ReplaceAdditionalText(spec, edited), compilation);

        var sources = second.RunResult.Results.Single().TrackedSteps[TrackingNames.Sources].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(second.Sources.Count, sources.Count); // every file is its own node
        Assert.True(sources.Count >= 4, "Pet, Owner, the client and its options");
        var reemitted = sources.Where(output => output.Reason != IncrementalStepRunReason.Cached && output.Reason != IncrementalStepRunReason.Unchanged).ToList();
        var modified = Assert.Single(reemitted);
        Assert.Equal(IncrementalStepRunReason.Modified, modified.Reason);
        Assert.Equal("Test.Pet.g.cs", ((Sdkgen.Generator.Model.GeneratedSource)modified.Value).HintName);
        Assert.Contains("What the pet answers to.", second.Sources["Test.Pet.g.cs"], System.StringComparison.Ordinal);
        // The converter shares the record's file and shows no docs: its part of the file is unchanged.
        Assert.Equal(Converter(first.Sources["Test.Pet.g.cs"]), Converter(second.Sources["Test.Pet.g.cs"]));

        static string Converter(string file) => file[file.IndexOf("namespace Test.Serialization", System.StringComparison.Ordinal)..];
    }
}
