using System.Linq;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Spec text lands in doc comments and string literals: no description may break out of them.</summary>
public sealed class HostileTextTests
{
    // Real specs (Box, Azure, GitHub) wrap long descriptions onto several lines, and some contain markup.
    private const string Hostile = "First line\n  second line */ </returns> class Injected { }\r\n\"quoted\" \\ & <b>";

    [Fact]
    public void Multi_line_and_markup_descriptions_stay_inside_their_comments_everywhere()
    {
        var text = Hostile.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal).Replace("\r", "\\r", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal);
        var spec = $$"""
            {
              "openapi": "3.0.3",
              "info": { "title": "Hostile", "version": "1", "description": "{{text}}" },
              "paths": {
                "/items/{id}": {
                  "get": {
                    "operationId": "getItem", "summary": "{{text}}", "description": "{{text}}",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "description": "{{text}}", "schema": { "type": "string" } } ],
                    "responses": {
                      "200": { "description": "{{text}}", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Item" } } } }
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Item": {
                    "type": "object", "description": "{{text}}",
                    "properties": {
                      "kind": { "type": "string", "enum": ["a", "b"], "description": "{{text}}" },
                      "name": { "type": "string", "description": "{{text}}" }
                    }
                  }
                }
              }
            }
            """;

        var output = GeneratorHarness.Run(spec, "Hostile", "HostileClient");

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        var returns = output.Sources.Values.SelectMany(source => source.Split('\n')).Single(line => line.TrimStart().StartsWith("/// <returns>", System.StringComparison.Ordinal));
        Assert.Equal("/// <returns>First line   second line */ &lt;/returns&gt; class Injected { } \"quoted\" \\ &amp; &lt;b&gt;</returns>", returns.Trim());
        Assert.DoesNotContain(output.Sources.Values, source => source.Split('\n').Any(line => line.TrimStart().StartsWith("second line", System.StringComparison.Ordinal)));
    }
}
