using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Each diagnostic: id, severity and the exact place in the spec (compared 1-based, as an IDE shows it).</summary>
public sealed class DiagnosticTests
{
    private const string UnclosedFlowMapping = "openapi: 3.0.0\ninfo: { title: Test, version: '1'\npaths: {}\n";

    [Fact]
    public void Malformed_yaml_is_SDKG001_error_and_generates_nothing()
    {
        var output = GeneratorHarness.Run(UnclosedFlowMapping);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG001", DiagnosticSeverity.Error);
        Assert.Contains("did not find expected ',' or '}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void Malformed_yaml_SDKG001_points_where_the_parser_stops()
    {
        // SharpYaml stops at "paths" (line 3, column 1): the flow mapping opened on line 2 was never closed.
        var diagnostic = Assert.Single(GeneratorHarness.Run(UnclosedFlowMapping).GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG001", DiagnosticSeverity.Error, line: 3, column: 1);
    }

    [Fact]
    public void Yaml_node_positions_agree_with_their_offsets()
    {
        var root = Assert.IsType<Sdkgen.Generator.Parsing.YamlMapping>(Sdkgen.Generator.Parsing.YamlTreeReader.Read("a: 1\nbb: 2\n"));
        var key = root.Entries[1].Key;
        var value = root.Entries[1].Value;
        Assert.Equal(new Sdkgen.Generator.Parsing.SourcePosition(1, 0, 5), key.Start);
        Assert.Equal(new Sdkgen.Generator.Parsing.SourcePosition(1, 4, 9), value.Start);
    }

    [Fact]
    public void Swagger_1_2_SDKG002_points_at_the_swagger_key()
    {
        const string Spec = "# an older document\nswagger: \"1.2\"\ninfo: { title: Test, version: '1' }\npaths: {}\n";
        var diagnostic = Assert.Single(GeneratorHarness.Run(Spec).GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG002", DiagnosticSeverity.Error, line: 2, column: 1);
    }

    [Fact]
    public void Swagger_1_2_document_is_SDKG002_error_and_generates_nothing()
    {
        const string Spec = "# an older document\nswagger: \"1.2\"\ninfo: { title: Test, version: '1' }\npaths: {}\n";
        var output = GeneratorHarness.Run(Spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG002", DiagnosticSeverity.Error);
        Assert.Contains("Swagger 1.2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void A_document_without_openapi_or_swagger_is_SDKG002_at_its_start()
    {
        const string Spec = "info: { title: Test, version: '1' }\npaths: {}\n";
        var output = GeneratorHarness.Run(Spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG002", DiagnosticSeverity.Error, line: 1, column: 1);
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void Swagger_2_document_generates_instead_of_SDKG002()
    {
        const string Spec = "# an old document\nswagger: \"2.0\"\ninfo: { title: Test, version: '1' }\npaths: {}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      name: { type: string }\n";
        var output = GeneratorHarness.Run(Spec);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains("Test.Pet.g.cs", output.Sources.Keys);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    private static readonly string UnresolvedRefSpec = Generated.Spec("""
                Holder:
                  type: object
                  properties:
                    name: { type: string }
                    broken:
                      $ref: '#/components/schemas/Missing'
                Other:
                  type: object
                  properties:
                    id: { type: string }
            """);

    [Fact]
    public void Unresolved_ref_SDKG003_points_at_the_ref_value()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(UnresolvedRefSpec).GeneratorDiagnostics);
        var (line, column) = Find(UnresolvedRefSpec, "'#/components/schemas/Missing'");
        AssertAt(diagnostic, "SDKG003", DiagnosticSeverity.Error, line, column);
    }

    [Fact]
    public void Unresolved_ref_is_SDKG003_error_and_the_rest_still_generates()
    {
        var output = GeneratorHarness.Run(UnresolvedRefSpec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG003", DiagnosticSeverity.Error);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Assert.Equal("System.Text.Json.JsonElement?", Generated.TypeOf(output, "Holder", "Broken"));
        Assert.Equal("string?", Generated.TypeOf(output, "Holder", "Name"));
        Assert.Equal("string?", Generated.TypeOf(output, "Other", "Id"));
    }

    private static readonly string AllOfSpec = Generated.Spec("""
                Base:
                  type: object
                  properties:
                    id: { type: string }
                Mixed:
                  type: object
                  properties:
                    both:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - type: object
                          properties:
                            extra: { type: integer }
                    plain: { type: boolean }
            """);

    [Fact]
    public void AllOf_SDKG004_points_at_the_allOf_key()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(AllOfSpec).GeneratorDiagnostics);
        var (line, column) = Find(AllOfSpec, "allOf:");
        AssertAt(diagnostic, "SDKG004", DiagnosticSeverity.Warning, line, column);
    }

    [Fact]
    public void AllOf_with_several_schemas_is_SDKG004_warning_and_the_rest_still_generates()
    {
        var output = GeneratorHarness.Run(AllOfSpec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG004", DiagnosticSeverity.Warning);

        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Assert.Equal("System.Text.Json.JsonElement?", Generated.TypeOf(output, "Mixed", "Both"));
        Assert.Equal("bool?", Generated.TypeOf(output, "Mixed", "Plain"));
        Assert.Equal("string?", Generated.TypeOf(output, "Base", "Id"));
    }

    [Fact]
    public void Invalid_namespace_option_is_SDKG005_and_the_title_namespace_is_used()
    {
        const string Spec = "openapi: 3.1.0\ninfo: { title: Pet Store, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: { type: string }\n";
        var output = GeneratorHarness.Run(Spec, sdkgenNamespace: "1bad");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG005", DiagnosticSeverity.Error, line: 1, column: 1);
        Assert.Contains("1bad", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("PetStore.Pet.g.cs", output.Sources.Keys);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(100_000)]
    public void Nesting_deeper_than_the_limit_is_SDKG001_not_a_stack_overflow(int depth)
    {
        var spec = "openapi: 3.1.0\nx: " + new string('[', depth) + new string(']', depth) + "\n";
        var output = GeneratorHarness.Run(spec);

        Assert.Null(output.RunResult.Results.Single().Exception);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG001", DiagnosticSeverity.Error);
    }

    [Fact]
    public void Aliases_that_expand_exponentially_are_SDKG001_not_a_hang()
    {
        // Each level lists the previous one ten times: 10^9 nodes once expanded ("billion laughs").
        var lines = new System.Text.StringBuilder("openapi: 3.1.0\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var output = GeneratorHarness.Run(lines.ToString());

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertKind(diagnostic, "SDKG001", DiagnosticSeverity.Error);
        Assert.Contains("aliases expand to more than", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_invisible_without_the_build_props_is_SDKG008_naming_what_was_used_and_the_fix()
    {
        const string Spec = "openapi: 3.1.0\ninfo: { title: Pet Store, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: { type: string }\n";
        var output = GeneratorHarness.Run(Spec, sdkgenNamespace: null, clientName: null, propsImported: false);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG008", DiagnosticSeverity.Warning, line: 1, column: 1);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("namespace 'PetStore' and client 'PetStoreClient'", message, StringComparison.Ordinal);
        Assert.Contains("Sdkgen NuGet package", message, StringComparison.Ordinal);
        Assert.Contains("PetStore.Pet.g.cs", output.Sources.Keys);
    }

    [Fact]
    public void Options_visible_through_the_build_props_report_nothing()
    {
        const string Spec = "openapi: 3.1.0\ninfo: { title: Pet Store, version: '1' }\npaths: {}\n";
        Assert.Empty(GeneratorHarness.Run(Spec, propsImported: true).GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("openapi: 3.0.0")]
    [InlineData("openapi: 3.0.0\npaths: ~\ncomponents: ~")]
    [InlineData("openapi: 3.0.0\npaths:\n  /x: ~\n  /y:\n    get: ~\n    post:\n      responses: ~\n      parameters: ~\n      requestBody: ~")]
    [InlineData("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: true\n    B: false\n    C: ~\n    D: []")]
    [InlineData("openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        x: true\n        y: ~\n      required: 5")]
    [InlineData("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }")]
    [InlineData("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { type: [], enum: [], items: true }\n    B: { type: array, items: true }\n    C: { enum: [~] }")]
    [InlineData("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { $ref: 5 }\n    B: { $ref: '#/paths' }\n    C: { $ref: 'other.yaml#/X' }")]
    [InlineData("openapi: 3.1.0\ncomponents: &c\n  schemas:\n    A: *c")]
    [InlineData("{\"openapi\": \"3.1.0\", \"paths\": {\"/a/{id}\": {\"get\": {\"parameters\": [{\"name\": \"id\", \"in\": \"path\"}, 7, null]}}}}")]
    public void Generator_never_throws_and_its_output_compiles_for_odd_input(string spec)
    {
        var output = GeneratorHarness.Run(spec);

        Assert.Null(output.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(output.GeneratorDiagnostics, diagnostic => diagnostic.Id.StartsWith("AD", StringComparison.Ordinal) || diagnostic.Id.StartsWith("CS", StringComparison.Ordinal));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Theory]
    [InlineData("oneOf: []")]
    [InlineData("anyOf: []")]
    [InlineData("oneOf: [ { type: 'null' } ]")]
    public void OneOf_without_any_non_null_branch_generates_code_that_compiles(string keyword)
    {
        var output = GeneratorHarness.Run($"openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {{ {keyword} }}\n    B:\n      type: object\n      properties:\n        a: {{ $ref: '#/components/schemas/A' }}\n");

        Assert.Null(output.RunResult.Results.Single().Exception);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/>.</summary>
    private static (int Line, int Column) Find(string text, string marker)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{marker}' is not in the spec");
    }

    private static void AssertKind(Diagnostic diagnostic, string id, DiagnosticSeverity severity)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.SpecPath, diagnostic.Location.GetLineSpan().Path);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.SpecPath, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
