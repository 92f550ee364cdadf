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

        Snapshot.Verify("MixedUnion", Generated.Files(output, "HolderMixed"));
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

    [Fact]
    public void A_union_with_an_enum_variant_compiles_and_its_As_is_null_for_another_variant()
    {
        // Enums convert implicitly from their wire type, so a bare `null` would become an enum holding null.
        var output = Generated.Clean(Generated.Spec("""
                Model:
                  type: string
                  enum: [v1, v2]
                Upload:
                  type: object
                  properties:
                    plan:
                      anyOf: [ { type: boolean }, { $ref: '#/components/schemas/Model' } ]
            """));

        Assert.Equal("Test.Model?", Generated.TypeOf(output, "UploadPlan", "AsModel"));
        Assert.Contains("_value is global::Test.Model value ? value : default(global::Test.Model?);", output.Sources["Test.UploadPlan.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_of_nullable_records_with_constraints_validates_without_a_nullability_warning()
    {
        var output = Generated.Clean(Generated.Spec(
            """
                Variable:
                  type: object
                  properties:
                    name: { type: string, minLength: 1 }
                Update:
                  type: object
                  required: [values]
                  properties:
                    values:
                      type: object
                      additionalProperties:
                        anyOf: [ { $ref: '#/components/schemas/Variable' }, { type: 'null' } ]
            """,
            """
              /variables:
                patch:
                  operationId: update
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/Update' }
                  responses:
                    '204': { description: done }
            """));

        Assert.Contains("context.Values(\"values\", value.Values, true, static (v, c) => global::Test.Serialization.VariableJsonConverter.Validate(v!, c));", output.Sources["Test.Update.g.cs"], System.StringComparison.Ordinal);
    }
}
