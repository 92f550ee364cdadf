using Sdkgen.Corpus.Tests.Measuring;
using Xunit;

namespace Sdkgen.Corpus.Tests;

public sealed class DocumentFactsTests
{
    [Fact]
    public void Yaml_3x_counts_http_methods_under_paths_and_component_schemas()
    {
        const string yaml = """
            openapi: 3.1.0
            info: { title: T, version: '1' }
            paths:
              /a:
                parameters: []
                get: {}
                post: {}
                x-extra: {}
              /b:
                delete: {}
                summary: not an operation
            components:
              schemas:
                A: { type: string }
                B: { type: object }
            """;

        Assert.Equal(new DocumentFacts("3.1.0", 3, 2), DocumentFacts.Read(yaml, "yaml"));
    }

    [Fact]
    public void Json_swagger_2_counts_definitions()
    {
        const string json = """
            {"swagger":"2.0","paths":{"/a":{"get":{},"head":{},"options":{}}},"definitions":{"A":{},"B":{},"C":{}}}
            """;

        Assert.Equal(new DocumentFacts("2.0", 3, 3), DocumentFacts.Read(json, "json"));
    }
}
