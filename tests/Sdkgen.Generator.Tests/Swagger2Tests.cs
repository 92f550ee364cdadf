using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;
using static Sdkgen.Generator.Tests.Infrastructure.Swagger2Document;

namespace Sdkgen.Generator.Tests;

/// <summary>One small Swagger 2.0 document per construct: the C# it generates, and diagnostics placed in the 2.0 text.</summary>
public sealed class Swagger2Tests
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    [Fact]
    public void Definitions_become_records_and_their_refs_resolve()
    {
        var output = Generated.Clean(Spec("""
            paths: {}
            definitions:
              Pet:
                type: object
                required: [name]
                properties:
                  id: { type: integer, format: int64, readOnly: true }
                  name: { type: string, example: doggie }
                  category: { $ref: '#/definitions/Category' }
                  tags:
                    type: array
                    items: { $ref: '#/definitions/Tag' }
                  labels:
                    type: object
                    additionalProperties: { type: string }
              Category:
                type: object
                properties:
                  name: { type: string }
              Tag:
                allOf:
                  - $ref: '#/definitions/Category'
            """));

        Assert.Equal("long?", Generated.TypeOf(output, "Pet", "Id"));
        Assert.Equal("string", Generated.TypeOf(output, "Pet", "Name"));
        Assert.True(Generated.Property(output, "Pet", "Name").IsRequired);
        Assert.Equal("Test.Category?", Generated.TypeOf(output, "Pet", "Category"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Test.Category>?", Generated.TypeOf(output, "Pet", "Tags"));
        Assert.Equal("System.Collections.Generic.Dictionary<string, string>?", Generated.TypeOf(output, "Pet", "Labels"));

        Snapshot.Verify("Swagger2Definitions", Generated.Files(output, "Pet"));
    }

    [Fact]
    public void X_nullable_makes_a_member_nullable_and_a_required_one_stays_required()
    {
        var output = Generated.Clean(Spec("""
            paths: {}
            definitions:
              Owner:
                type: object
                properties:
                  name: { type: string }
              Pet:
                type: object
                required: [nickname, owner, age, name]
                properties:
                  nickname: { type: string, x-nullable: true }
                  owner: { $ref: '#/definitions/Owner', x-nullable: true }
                  age: { type: integer, format: int32, x-nullable: true }
                  name: { type: string, x-nullable: false }
                  plainOwner: { $ref: '#/definitions/Owner' }
            """));

        Assert.Equal("string?", Generated.TypeOf(output, "Pet", "Nickname"));
        Assert.Equal("Test.Owner?", Generated.TypeOf(output, "Pet", "Owner"));
        Assert.Equal("int?", Generated.TypeOf(output, "Pet", "Age"));
        Assert.Equal("string", Generated.TypeOf(output, "Pet", "Name"));
        Assert.All(new[] { "Nickname", "Owner", "Age", "Name" }, name => Assert.True(Generated.Property(output, "Pet", name).IsRequired));
        Assert.Equal("Test.Owner?", Generated.TypeOf(output, "Pet", "PlainOwner"));
    }

    [Fact]
    public void Body_parameter_is_the_request_argument()
    {
        var output = Generated.Clean(Spec("""
            paths:
              /pets:
                post:
                  operationId: addPet
                  parameters:
                    - name: body
                      in: body
                      required: true
                      schema: { $ref: '#/definitions/Pet' }
                  responses:
                    '201':
                      description: Created
                      schema: { $ref: '#/definitions/Pet' }
                put:
                  operationId: replacePets
                  parameters:
                    - name: pets
                      in: body
                      schema:
                        type: array
                        items: { $ref: '#/definitions/Pet' }
                  responses:
                    '204': { description: Done }
              /notes:
                post:
                  operationId: addNote
                  parameters:
                    - name: note
                      in: body
                      required: true
                      schema:
                        type: object
                        required: [text]
                        properties:
                          text: { type: string }
                  responses:
                    '204': { description: Done }
            definitions:
              Pet:
                type: object
                properties:
                  name: { type: string }
            """));

        Assert.Equal("System.Threading.Tasks.Task<Test.Pet> AddPetAsync(Test.Pet request)", Signature(output, "AddPetAsync"));
        Assert.Equal("System.Threading.Tasks.Task ReplacePetsAsync(System.Collections.Generic.IReadOnlyList<Test.Pet>? request = default)", Signature(output, "ReplacePetsAsync"));
        Assert.Equal("System.Threading.Tasks.Task AddNoteAsync(Test.AddNoteRequest request)", Signature(output, "AddNoteAsync"));
        Assert.Equal("string", Generated.TypeOf(output, "AddNoteRequest", "Text"));
    }

    [Fact]
    public void Consumes_picks_the_json_body_and_a_body_with_no_json_type_is_a_stream_reported_at_its_media_type()
    {
        var spec = Spec("""
            consumes: [application/xml]
            paths:
              /json:
                post:
                  operationId: sendJson
                  consumes: [application/xml, application/json; charset=utf-8]
                  parameters:
                    - { name: body, in: body, required: true, schema: { type: string } }
                  responses:
                    '204': { description: Done }
              /xml:
                post:
                  operationId: sendXml
                  parameters:
                    - { name: body, in: body, required: true, schema: { type: string } }
                  responses:
                    '204': { description: Done }
            """);
        var output = GeneratorHarness.Run(spec);

        Assert.Equal("System.Threading.Tasks.Task SendJsonAsync(string request)", Signature(output, "SendJsonAsync"));
        Assert.Equal("System.Threading.Tasks.Task SendXmlAsync(System.IO.Stream request)", Signature(output, "SendXmlAsync"));
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG004", Find(spec, "application/xml"));
        Assert.Contains("'application/xml'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Produces_sets_the_response_media_type_text_is_a_string_and_a_file_is_a_stream()
    {
        var output = Generated.Clean(Spec("""
            produces: [application/json]
            paths:
              /count:
                get:
                  operationId: count
                  responses:
                    '200': { description: ok, schema: { type: integer, format: int32 } }
              /text:
                get:
                  operationId: text
                  produces: [text/plain]
                  responses:
                    '200': { description: ok, schema: { type: string } }
              /photo:
                get:
                  operationId: photo
                  produces: []
                  responses:
                    '200': { description: ok, schema: { type: file } }
              /report:
                get:
                  operationId: report
                  produces: [application/pdf]
                  responses:
                    '200': { description: ok, schema: { type: file } }
            """));

        Assert.Equal("System.Threading.Tasks.Task<int> CountAsync()", Signature(output, "CountAsync"));
        Assert.Equal("System.Threading.Tasks.Task<string> TextAsync()", Signature(output, "TextAsync"));
        Assert.Equal("System.Threading.Tasks.Task<System.IO.Stream> PhotoAsync()", Signature(output, "PhotoAsync"));
        Assert.Equal("System.Threading.Tasks.Task<System.IO.Stream> ReportAsync()", Signature(output, "ReportAsync"));
        Assert.Contains("\"application/pdf\"", output.Sources["Test.TestClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Non_body_parameters_take_their_type_format_enum_and_bounds_from_the_parameter()
    {
        var output = Generated.Clean(Spec("""
            paths:
              /things/{id}:
                parameters:
                  - { name: id, in: path, required: true, type: integer, format: int64 }
                get:
                  operationId: getThing
                  parameters:
                    - { name: limit, in: query, type: integer, format: int32, minimum: 1, maximum: 100, default: 20 }
                    - { name: ratio, in: query, type: number, format: float }
                    - { name: verbose, in: query, type: boolean }
                    - { name: since, in: query, type: string, format: date-time }
                    - { name: color, in: query, type: string, enum: [red, green] }
                    - { name: code, in: query, required: true, type: string, pattern: '^[a-z]+$', maxLength: 8 }
                    - { name: X-Trace, in: header, type: string }
                  responses:
                    '204': { description: Done }
            """));

        Assert.Equal(
            "System.Threading.Tasks.Task GetThingAsync(long id, string code, int? limit = default, float? ratio = default, bool? verbose = default, System.DateTimeOffset? since = default, Test.GetThingColor? color = default, string? xTrace = default)",
            Signature(output, "GetThingAsync"));
        var client = output.Sources["Test.TestClient.g.cs"];
        Assert.Contains("context.Minimum(\"limit\", (long?)limit, 1L, false);", client, StringComparison.Ordinal);
        Assert.Contains("context.Maximum(\"limit\", (long?)limit, 100L, false);", client, StringComparison.Ordinal);
        Assert.Contains("\"^[a-z]+$\"", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Component_parameters_and_responses_resolve_and_default_is_the_error_model()
    {
        var output = Generated.Clean(Spec("""
            parameters:
              limit: { name: limit, in: query, type: integer, format: int32 }
              pet: { name: pet, in: body, required: true, schema: { $ref: '#/definitions/Pet' } }
            responses:
              NotFound:
                description: Not found
                schema: { $ref: '#/definitions/Problem' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [ { $ref: '#/parameters/limit' } ]
                  responses:
                    '200': { description: ok, schema: { type: array, items: { $ref: '#/definitions/Pet' } } }
                    '404': { $ref: '#/responses/NotFound' }
                    default: { description: Unexpected, schema: { $ref: '#/definitions/Problem' } }
                post:
                  operationId: addPet
                  parameters: [ { $ref: '#/parameters/pet' } ]
                  responses:
                    '204': { description: Done }
            definitions:
              Pet:
                type: object
                properties:
                  name: { type: string }
              Problem:
                type: object
                properties:
                  message: { type: string }
            """));

        Assert.Equal("System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Test.Pet>> ListPetsAsync(int? limit = default)", Signature(output, "ListPetsAsync"));
        Assert.Equal("System.Threading.Tasks.Task AddPetAsync(Test.Pet request)", Signature(output, "AddPetAsync"));
        var client = output.Sources["Test.TestClient.g.cs"];
        Assert.Contains("call.AddErrorModel(404, global::Test.Serialization.ProblemJsonConverter.ReadValue);", client, StringComparison.Ordinal);
        Assert.Contains("call.AddDefaultErrorModel(global::Test.Serialization.ProblemJsonConverter.ReadValue);", client, StringComparison.Ordinal);
    }

    [Fact]
    public void An_apiKey_security_definition_is_the_client_credential_not_a_method_argument()
    {
        var output = Generated.Clean(Spec("""
            securityDefinitions:
              key: { type: apiKey, name: X-Api-Key, in: header }
            paths:
              /me:
                get:
                  operationId: me
                  parameters:
                    - { name: X-Api-Key, in: header, type: string, required: true }
                  responses:
                    '204': { description: Done }
            """));

        Assert.Equal("System.Threading.Tasks.Task MeAsync()", Signature(output, "MeAsync"));
        Assert.Contains("new global::Sdkgen.Runtime.ApiSecurity([[new(\"X-Api-Key\", global::Sdkgen.Runtime.ApiKeyStyle.Header)]])", output.Sources["Test.TestClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Vendor_extensions_survive_the_upgrade()
    {
        var output = Generated.Clean(Spec("""
            paths:
              /pets:
                get:
                  operationId: list_all_the_pets
                  x-fern-sdk-method-name: list
                  x-fern-sdk-group-name: animals
                  responses:
                    '200': { description: ok, schema: { type: string } }
            """));

        var group = Generated.Type(output, "AnimalsClient");
        Assert.Single(group.GetMembers("ListAsync"));
    }

    [Fact]
    public void A_json_document_generates_what_the_yaml_one_does()
    {
        const string Json = """
            {
              "swagger": "2.0",
              "info": { "title": "Test", "version": "1" },
              "paths": {
                "/pets/{id}": {
                  "get": {
                    "operationId": "getPet",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "type": "integer", "format": "int64" } ],
                    "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Pet" } } }
                  }
                }
              },
              "definitions": {
                "Pet": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "owner": { "type": "string", "x-nullable": true } } }
              }
            }
            """;
        var output = Generated.Clean(Json);

        Assert.Equal("System.Threading.Tasks.Task<Test.Pet> GetPetAsync(long id)", Signature(output, "GetPetAsync"));
        Assert.Equal("string", Generated.TypeOf(output, "Pet", "Name"));
        Assert.Equal("string?", Generated.TypeOf(output, "Pet", "Owner"));
    }

    [Fact]
    public void An_unresolved_definition_ref_is_SDKG003_at_the_ref_in_the_2_0_text()
    {
        var spec = Spec("""
            paths: {}
            definitions:
              Holder:
                type: object
                properties:
                  broken: { $ref: '#/definitions/Missing' }
            """);
        var output = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG003", Find(spec, "'#/definitions/Missing'"));
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void A_tsv_collection_format_is_SDKG004_at_its_value()
    {
        var spec = Spec("""
            paths:
              /things:
                get:
                  operationId: things
                  parameters:
                    - name: ids
                      in: query
                      type: array
                      items: { type: string }
                      collectionFormat: tsv
                  responses:
                    '204': { description: Done }
            """);
        var output = GeneratorHarness.Run(spec);

        var diagnostic = output.GeneratorDiagnostics.First();
        AssertAt(diagnostic, "SDKG004", Find(spec, "tsv"));
        Assert.Contains("tab-separated", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_parameter_ref_is_SDKG007_at_the_ref_and_the_operation_still_generates()
    {
        var spec = Spec("""
            paths:
              /things:
                get:
                  operationId: things
                  parameters:
                    - $ref: '#/parameters/nope'
                    - { name: q, in: query, type: string }
                  responses:
                    '204': { description: Done }
            """);
        var output = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG007", Find(spec, "'#/parameters/nope'"));
        Assert.Equal("System.Threading.Tasks.Task ThingsAsync(string? q = default)", Signature(output, "ThingsAsync"));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void FormData_parameters_become_multipart_parts_and_a_file_a_file_upload()
    {
        var spec = Spec("""
            paths:
              /form:
                post:
                  operationId: sendForm
                  consumes: [multipart/form-data]
                  parameters:
                    - { name: note, in: formData, type: string }
                  responses:
                    '204': { description: Done }
              /upload:
                post:
                  operationId: upload
                  parameters:
                    - { name: file, in: formData, type: file }
                  responses:
                    '204': { description: Done }
            """);
        var output = GeneratorHarness.Run(spec);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal("System.Threading.Tasks.Task SendFormAsync(string? note = default)", Signature(output, "SendFormAsync"));
        Assert.Equal("System.Threading.Tasks.Task UploadAsync(Sdkgen.Runtime.FileUpload? file = default)", Signature(output, "UploadAsync"));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Sdkg008_points_at_the_swagger_key()
    {
        var spec = Spec("paths: {}");
        var diagnostic = Assert.Single(GeneratorHarness.Run(spec, sdkgenNamespace: null, clientName: null, propsImported: false).GeneratorDiagnostics);
        AssertAt(diagnostic, "SDKG008", (1, 1));
    }

    [Fact]
    public void A_document_with_both_fields_is_read_as_the_openapi_3_one_it_says_it_is()
    {
        var output = Generated.Clean("openapi: 3.0.3\nswagger: '2.0'\ninfo: { title: Test, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { type: object, properties: { name: { type: string } } }\ndefinitions:\n  Other: { type: object, properties: { id: { type: string } } }\n");

        Assert.Contains("Test.Pet.g.cs", output.Sources.Keys);
        Assert.DoesNotContain("Test.Other.g.cs", output.Sources.Keys);
    }

    [Fact]
    public void Cancellation_stops_the_upgrade()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var document = (Sdkgen.Generator.Parsing.YamlMapping)Sdkgen.Generator.Parsing.YamlTreeReader.Read(Spec("paths:\n  /a: { get: { responses: {} } }"))!;
        var source = new Sdkgen.Generator.Parsing.ParseContext(GeneratorHarness.SpecPath, document, cancelled.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => Sdkgen.Generator.Parsing.Swagger2.Swagger2Upgrader.Upgrade(source));
    }

    [Theory]
    [InlineData("swagger: '2.0'")]
    [InlineData("swagger: '2.0'\npaths: ~\ndefinitions: ~\nparameters: 5\nresponses: []\nsecurityDefinitions: x\nconsumes: { a: b }\nproduces: application/json")]
    [InlineData("swagger: '2.0'\nhost: h\nbasePath: v1\nschemes: [~, 5, { a: b }]\npaths:\n  /x: ~\n  /y:\n    get: ~\n    post:\n      schemes: 7\n      parameters: [ { in: body, required: true }, { in: body, schema: 5 }, { in: formData }, { $ref: '#/parameters/nope' }, { $ref: 5 }, 7, ~ ]\n      responses: { '200': ~, default: { schema: 5, headers: { a: 5, b: {} } }, '404': { $ref: '#/responses/nope' } }")]
    [InlineData("swagger: '2.0'\nsecurityDefinitions:\n  a: { type: oauth2 }\n  b: { type: magic }\n  c: 5\n  d: { type: oauth2, flow: accessCode, scopes: 5 }\n  e: { type: basic, x-y: 1 }")]
    [InlineData("swagger: '2.0'\nparameters:\n  a: { $ref: '#/parameters/b' }\n  b: { $ref: '#/parameters/a' }\n  c: { name: c, in: formData, type: file }\npaths:\n  /z:\n    parameters: [ { $ref: '#/parameters/a' }, { $ref: '#/parameters/c' } ]\n    put:\n      consumes: [application/json]\n      parameters: [ { $ref: '#/parameters/c' }, { name: d, in: query, type: array, items: { type: array, collectionFormat: pipes, items: { type: file } }, collectionFormat: bogus } ]")]
    [InlineData("swagger: '2.0'\ndefinitions:\n  A: { $ref: '#/definitions/B', x-nullable: true }\n  B: { $ref: '#/definitions/A' }\n  C: { type: file, discriminator: { propertyName: x }, properties: 5, items: [ { type: file } ], allOf: 5, x-nullable: ~ }\n  D: { discriminator: kind, properties: { kind: { type: string } }, required: [kind] }")]
    [InlineData("{\"swagger\": \"2.0\", \"paths\": {\"/a/{id}\": {\"get\": {\"parameters\": [{\"name\": \"id\", \"in\": \"path\"}, {\"name\": \"f\", \"in\": \"formData\", \"type\": \"file\"}, {\"name\": \"b\", \"in\": \"body\", \"required\": true}]}}}}")]
    [InlineData("swagger: '2.0'\ndefinitions: &d\n  A: { type: object, properties: { a: { type: string } } }\n  B: { type: object, properties: { one: *d, two: *d } }")]
    public void Odd_2_0_input_never_throws_and_its_output_compiles(string spec)
    {
        var output = GeneratorHarness.Run(spec);

        Assert.Null(output.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(output.GeneratorDiagnostics, diagnostic => !diagnostic.Id.StartsWith("SDKG", StringComparison.Ordinal));
        Assert.DoesNotContain(output.GeneratorDiagnostics, diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture).Contains("the generator failed", StringComparison.Ordinal));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    private static INamedTypeSymbol Client(GeneratorOutput output) => Generated.Type(output, "TestClient");

    /// <summary>"Task&lt;Test.Pet&gt; GetPetAsync(long id, string? q = default)", leaving out the trailing cancellation token.</summary>
    private static string Signature(GeneratorOutput output, string name)
    {
        var method = Client(output).GetMembers(name).OfType<IMethodSymbol>().SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"No {name}; members: {string.Join(", ", Client(output).MemberNames)}. {GeneratorHarness.Describe(output.GeneratorDiagnostics)}");
        var parameters = method.Parameters.Where(parameter => parameter.Name != "cancellationToken")
            .Select(parameter => $"{parameter.Type.ToDisplayString(TypeFormat)} {parameter.Name}{(parameter.HasExplicitDefaultValue ? " = default" : string.Empty)}");
        return $"{method.ReturnType.ToDisplayString(TypeFormat)} {name}({string.Join(", ", parameters)})";
    }

    private static void AssertAt(Diagnostic diagnostic, string id, (int Line, int Column) expected)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.SpecPath, span.Path);
        Assert.Equal(expected, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
