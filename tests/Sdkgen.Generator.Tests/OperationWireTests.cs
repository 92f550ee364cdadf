using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>What the operation readers make of bodies, parameters and responses the old reader skipped or dropped.</summary>
public sealed class OperationWireTests
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    [Fact]
    public void Parameters_without_a_schema_structured_or_nullable_lists_and_cookies_all_become_arguments()
    {
        var output = GeneratorHarness.Run(Generated.Spec(
            """
                Range:
                  type: object
                  properties:
                    gt: { type: integer }
            """,
            """
              /items/{id}:
                get:
                  operationId: getItem
                  parameters:
                    - { name: id, in: path, required: true }
                    - { name: created, in: query, style: deepObject, explode: true, schema: { anyOf: [ { type: integer }, { $ref: '#/components/schemas/Range' } ] } }
                    - { name: ids, in: query, schema: { anyOf: [ { type: array, items: { type: string } }, { type: 'null' } ] } }
                    - { name: X-Limit, in: header, schema: { type: integer } }
                    - { name: session, in: cookie, schema: { type: string } }
                  responses:
                    '204': { description: none }
            """));

        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Assert.Equal(
            ["string id", "Test.GetItemCreated? created", "System.Collections.Generic.IReadOnlyList<string>? ids", "long? xLimit", "string? session", "System.Threading.CancellationToken cancellationToken"],
            Parameters(output, "GetItemAsync"));
        var source = output.Sources["Test.TestClient.g.cs"];
        Assert.Contains("call.SetPathParameter(\"id\", id);", source, System.StringComparison.Ordinal);
        Assert.Contains("call.AddQuery(\"created\", (created is null ? null : global::Sdkgen.Runtime.ParameterValue.FromJson(created, static (w, v) => global::Test.Serialization.GetItemCreatedJsonConverter.WriteValue(w, v))), global::Sdkgen.Runtime.ParameterStyle.DeepObject, true);", source, System.StringComparison.Ordinal);
        Assert.Contains("call.AddCookie(\"session\", session);", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Streams_errors_by_range_and_a_with_response_overload_for_each_operation()
    {
        var output = Generated.Clean(Generated.Spec(
            """
                Chunk:
                  type: object
                  properties:
                    text: { type: string }
                Problem:
                  type: object
                  properties:
                    title: { type: string }
            """,
            """
              /speech:
                post:
                  operationId: speak
                  x-fern-streaming: true
                  requestBody:
                    content:
                      application/cbor: { schema: { type: string, format: binary } }
                  responses:
                    '200': { description: chunks, content: { application/json: { schema: { $ref: '#/components/schemas/Chunk' } } } }
                    '5XX': { description: down, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
              /events:
                get:
                  operationId: events
                  responses:
                    '200': { description: events, content: { text/event-stream: { schema: { $ref: '#/components/schemas/Chunk' } } } }
            """));

        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<Test.Chunk>", Return(output, "SpeakAsync"));
        Assert.Equal(["System.IO.Stream? request", "System.Threading.CancellationToken cancellationToken"], Parameters(output, "SpeakAsync"));
        Assert.Equal("System.Threading.Tasks.Task<Sdkgen.Runtime.ApiResponse<System.Collections.Generic.IAsyncEnumerable<Test.Chunk>>>", Return(output, "SpeakWithResponseAsync"));
        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<Sdkgen.Runtime.ServerSentEvent<Test.Chunk>>", Return(output, "EventsAsync"));
        var source = output.Sources["Test.TestClient.g.cs"];
        Assert.Contains("call.AddErrorRangeModel(5, global::Test.Serialization.ProblemJsonConverter.ReadValue);", source, System.StringComparison.Ordinal);
        Assert.Contains("call.Accept = \"text/event-stream\";", source, System.StringComparison.Ordinal);
        Assert.Contains("if (request is not null) call.SetBinaryBody(request, \"application/cbor\");", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_wildcard_body_with_a_schema_is_JSON_and_a_required_nullable_body_is_left_out_when_null()
    {
        var output = GeneratorHarness.Run(Generated.Spec(
            """
                Patch:
                  type: object
                  properties:
                    name: { type: string }
            """,
            """
              /things/{id}:
                patch:
                  operationId: patchThing
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  requestBody:
                    required: true
                    content:
                      '*/*':
                        schema: { $ref: '#/components/schemas/Patch' }
                  responses:
                    '204': { description: none }
                put:
                  operationId: putThing
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { anyOf: [ { $ref: '#/components/schemas/Patch' }, { type: 'null' } ] }
                  responses:
                    '204': { description: none }
            """));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Assert.Equal(["string id", "Test.Patch request", "System.Threading.CancellationToken cancellationToken"], Parameters(output, "PatchThingAsync"));
        var source = output.Sources["Test.TestClient.g.cs"];
        Assert.Contains("call.SetJsonBody(request, static (w, v) => global::Test.Serialization.PatchJsonConverter.WriteValue(w, v));", source, System.StringComparison.Ordinal);
        Assert.Contains("if (request is not null) call.SetJsonBody(request, static (w, v) => global::Test.Serialization.PatchJsonConverter.WriteValue(w, v));", source, System.StringComparison.Ordinal);
    }

    private static IMethodSymbol Method(GeneratorOutput output, string name)
        => Generated.Type(output, "TestClient").GetMembers(name).OfType<IMethodSymbol>().Single();

    private static string[] Parameters(GeneratorOutput output, string name)
        => Method(output, name).Parameters.Select(parameter => $"{parameter.Type.ToDisplayString(Format)} {parameter.Name}").ToArray();

    private static string Return(GeneratorOutput output, string name) => Method(output, name).ReturnType.ToDisplayString(Format);
}
