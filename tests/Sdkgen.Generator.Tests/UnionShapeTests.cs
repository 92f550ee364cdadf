using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>oneOf/anyOf beyond primitives: every mix becomes a union type that compiles (round trips: Sdkgen.Consumer.Tests).</summary>
public sealed class UnionShapeTests
{
    [Fact]
    public void A_mix_of_string_object_array_and_number_is_one_union_with_a_case_each()
    {
        var output = Generated.Clean(Generated.Spec("""
                Thing:
                  type: object
                  properties:
                    id: { type: string }
                Holder:
                  type: object
                  properties:
                    mixed:
                      anyOf:
                        - type: string
                        - $ref: '#/components/schemas/Thing'
                        - type: array
                          items: { $ref: '#/components/schemas/Thing' }
                        - type: number
                        - type: 'null'
            """));

        Assert.Equal("Test.HolderMixed?", Generated.TypeOf(output, "Holder", "Mixed"));
        Assert.Equal("string?", Generated.TypeOf(output, "HolderMixed", "AsString"));
        Assert.Equal("Test.Thing?", Generated.TypeOf(output, "HolderMixed", "AsThing"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Test.Thing>?", Generated.TypeOf(output, "HolderMixed", "AsThingList"));
        Assert.Equal("double?", Generated.TypeOf(output, "HolderMixed", "AsNumber"));

        Snapshot.Verify("MixedUnion", Generated.Files(output, withConverter: true, "HolderMixed"));
    }

    [Fact]
    public void A_primitive_union_path_parameter_compiles()
    {
        var output = Generated.Clean(Generated.Spec(
            """
                Run:
                  type: object
                  properties:
                    id: { type: integer }
            """,
            """
              /workflows/{workflow_id}/runs:
                get:
                  operationId: listRuns
                  parameters:
                    - name: workflow_id
                      in: path
                      required: true
                      schema:
                        oneOf: [ { type: integer }, { type: string } ]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Run' }
            """));

        Assert.Contains(output.Sources.Keys, key => key.EndsWith("ListRunsWorkflowId.g.cs", System.StringComparison.Ordinal));
    }
}
