using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Which credential each operation sends, and the servers: read from the spec, never from one API's names.</summary>
public sealed class SecurityTests
{
    [Fact]
    public void A_key_header_nine_in_ten_operations_declare_becomes_the_options_key_for_those_operations()
    {
        var output = Generated.Clean(Document(declaring: 9, total: 10));
        var client = output.Sources["Test.TestClient.g.cs"];

        Assert.DoesNotContain("xiApiKey", client, System.StringComparison.Ordinal);
        Assert.Contains("new global::Sdkgen.Runtime.ApiSecurity([[new(\"xi-api-key\", global::Sdkgen.Runtime.ApiKeyStyle.Header)]])", client, System.StringComparison.Ordinal);
        Assert.Single(client.Split('\n'), line => line.Contains("call.Security = global::Sdkgen.Runtime.ApiSecurity.None;", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_header_fewer_operations_declare_stays_an_argument_masked_in_messages()
    {
        var output = Generated.Clean(Document(declaring: 8, total: 10));
        var client = output.Sources["Test.TestClient.g.cs"];

        Assert.Contains("string? xiApiKey = default", client, System.StringComparison.Ordinal);
        Assert.Equal(8, client.Split('\n').Count(line => line.Contains("call.AddSecret(xiApiKey);", System.StringComparison.Ordinal)));
        Assert.Contains("global::Sdkgen.Runtime.ApiSecurity.None, \"TestClient\"", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheme_the_runtime_cannot_send_is_reported_once_however_many_operations_require_it()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Test, version: '1' }
            components:
              securitySchemes:
                digest: { type: http, scheme: digest }
            security:
              - digest: []
            paths:
              /a: { get: { operationId: a, responses: { '204': { description: Done } } } }
              /b: { get: { operationId: b, responses: { '204': { description: Done } } } }
            """;

        var output = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SDKG004", diagnostic.Id);
        Assert.Contains("'digest'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Servers_take_their_variables_defaults_and_https_for_a_scheme_relative_url()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: Test, version: '1' }
            servers:
              - url: https://{region}.example.com/{version}
                variables:
                  region: { default: eu }
                  version: { default: v2 }
              - url: //cdn.example.com/base
              - url: https://{missing}.example.com
            paths:
              /a: { get: { operationId: a, responses: { '204': { description: Done } } } }
            """;

        var output = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SDKG007", diagnostic.Id);
        Assert.Contains("'missing' has no default", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains(
            "Servers { get; } = [new(\"https://eu.example.com/v2\", global::System.UriKind.RelativeOrAbsolute), new(\"https://cdn.example.com/base\", global::System.UriKind.RelativeOrAbsolute)];",
            output.Sources["Test.TestClientOptions.g.cs"],
            System.StringComparison.Ordinal);
        Assert.Contains("\"TestClient\", TestClientOptions.Servers[0]);", output.Sources["Test.TestClient.g.cs"], System.StringComparison.Ordinal);
    }

    /// <summary><paramref name="total"/> operations, the first <paramref name="declaring"/> of which take an xi-api-key header.</summary>
    private static string Document(int declaring, int total)
    {
        var paths = string.Concat(Enumerable.Range(0, total).Select(i => $$"""

              /op{{i}}:
                get:
                  operationId: op{{i}}
                  parameters: [{{(i < declaring ? "{ name: xi-api-key, in: header, schema: { type: string } }" : string.Empty)}}]
                  responses: { '204': { description: Done } }
            """));
        return $"""
            openapi: 3.0.3
            info: {"{"} title: Test, version: '1' {"}"}
            paths:{paths}
            """;
    }
}
