using Sdkgen.Corpus.Tests.Measuring;
using Xunit;

namespace Sdkgen.Corpus.Tests;

public sealed class GeneratedOperationsTests
{
    [Fact]
    public void Methods_on_the_client_and_nested_groups_count_and_pagers_do_not()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /ping:
                get: { operationId: ping, responses: { '204': { description: ok } } }
              /a/items:
                get:
                  operationId: listItems
                  x-fern-sdk-group-name: [a, items]
                  parameters: [{ name: cursor, in: query, schema: { type: string } }]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              items: { type: array, items: { type: string } }
                              next_cursor: { type: string }
                post: { operationId: addItem, x-fern-sdk-group-name: [a, items], responses: { '204': { description: ok } } }
              /b:
                delete: { operationId: removeB, tags: [b], responses: { '204': { description: ok } } }
            """;

        var run = CorpusRun.Generate(TestSpecs.Inline(), spec);

        Assert.Equal(4, run.Document.Operations);
        Assert.Contains(run.Sources.Values, source => source.Contains("ListItemsAllAsync", System.StringComparison.Ordinal));
        Assert.Equal(4, run.OperationsGenerated);
        Assert.Empty(run.CompileDiagnostics);
    }
}
