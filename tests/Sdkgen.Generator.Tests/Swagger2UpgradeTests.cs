using System.Linq;
using Sdkgen.Generator.Parsing;
using Xunit;
using static Sdkgen.Generator.Tests.Infrastructure.Swagger2Document;

namespace Sdkgen.Generator.Tests;

/// <summary>
/// The OpenAPI 3.0 tree a Swagger 2.0 document is read into, construct by construct, as the 2.0 and 3.0 specifications
/// define them. This covers what the 3.x readers do not turn into C# yet (servers, styles, forms, security flows).
/// </summary>
public sealed class Swagger2UpgradeTests
{
    [Theory]
    [InlineData("host: api.example.com\nbasePath: /v2\nschemes: [https, http, wss]", """[{"url":"https://api.example.com/v2"},{"url":"http://api.example.com/v2"},{"url":"wss://api.example.com/v2"}]""")]
    [InlineData("host: api.example.com:8443", """[{"url":"//api.example.com:8443"}]""")]
    [InlineData("basePath: /v2\nschemes: [https]", """[{"url":"/v2"}]""")]
    [InlineData("schemes: [https]", """[{"url":"/"}]""")]
    public void Host_basePath_and_schemes_become_servers_and_what_2_0_leaves_to_the_document_stays_relative(string lines, string servers)
    {
        var (root, diagnostics) = Upgrade(Spec(lines + "\npaths: {}"));

        Assert.Equal(servers, Json(At(root, "servers")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void No_host_basePath_or_schemes_means_no_servers()
    {
        Assert.Null(Upgrade(Spec("paths: {}")).Root["servers"]);
    }

    [Fact]
    public void A_basePath_without_a_leading_slash_is_reported_at_its_value_and_given_one()
    {
        var spec = Spec("host: h.example\nbasePath: v1\nschemes: [https]\npaths: {}");
        var (root, diagnostics) = Upgrade(spec);

        Assert.Equal("""[{"url":"https://h.example/v1"}]""", Json(At(root, "servers")));
        AssertReported(diagnostics, "SDKG007", spec, "v1\n");
    }

    [Fact]
    public void Operation_schemes_become_operation_servers_only_when_they_change_something()
    {
        var (root, _) = Upgrade(Spec("""
            host: h.example
            schemes: [https]
            paths:
              /a:
                get: { schemes: [http], responses: {} }
                put: { schemes: [https], responses: {} }
            """));

        Assert.Equal("""[{"url":"http://h.example"}]""", Json(At(root, "paths", "/a", "get", "servers")));
        Assert.Null(((YamlMapping)At(root, "paths", "/a", "put"))["servers"]);
        Assert.Null(((YamlMapping)At(root, "paths", "/a", "get"))["schemes"]);
    }

    [Fact]
    public void Security_definitions_become_security_schemes()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            securityDefinitions:
              key: { type: apiKey, name: X-Key, in: query, description: The key }
              basic: { type: basic, description: Basic, x-note: kept }
              implicit: { type: oauth2, flow: implicit, authorizationUrl: 'https://a/auth', scopes: { 'read:pets': read } }
              password: { type: oauth2, flow: password, tokenUrl: 'https://a/token', scopes: {} }
              application: { type: oauth2, flow: application, tokenUrl: 'https://a/token', scopes: { admin: all } }
              accessCode: { type: oauth2, flow: accessCode, authorizationUrl: 'https://a/auth', tokenUrl: 'https://a/token' }
            security:
              - implicit: ['read:pets']
            paths: {}
            """));

        var schemes = (YamlMapping)At(root, "components", "securitySchemes");
        Assert.Equal("""{"type":"apiKey","name":"X-Key","in":"query","description":"The key"}""", Json(schemes["key"]!));
        Assert.Equal("""{"type":"http","scheme":"basic","description":"Basic","x-note":"kept"}""", Json(schemes["basic"]!));
        Assert.Equal("""{"type":"oauth2","flows":{"implicit":{"authorizationUrl":"https://a/auth","scopes":{"read:pets":"read"}}}}""", Json(schemes["implicit"]!));
        Assert.Equal("""{"type":"oauth2","flows":{"password":{"tokenUrl":"https://a/token","scopes":{}}}}""", Json(schemes["password"]!));
        Assert.Equal("""{"type":"oauth2","flows":{"clientCredentials":{"tokenUrl":"https://a/token","scopes":{"admin":"all"}}}}""", Json(schemes["application"]!));
        Assert.Equal("""{"type":"oauth2","flows":{"authorizationCode":{"authorizationUrl":"https://a/auth","tokenUrl":"https://a/token","scopes":{}}}}""", Json(schemes["accessCode"]!));
        Assert.Equal("""[{"implicit":["read:pets"]}]""", Json(At(root, "security")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_unknown_oauth2_flow_is_reported_at_the_flow_and_the_scheme_left_out()
    {
        var spec = Spec("securityDefinitions:\n  auth: { type: oauth2, flow: magic }\n  key: { type: apiKey, name: k, in: header }\npaths: {}");
        var (root, diagnostics) = Upgrade(spec);

        Assert.Equal(["key"], ((YamlMapping)At(root, "components", "securitySchemes")).Entries.Select(entry => entry.Key.Value));
        AssertReported(diagnostics, "SDKG007", spec, "magic");
    }

    [Theory]
    [InlineData("query", null, "form", false)]
    [InlineData("query", "csv", "form", false)]
    [InlineData("query", "ssv", "spaceDelimited", false)]
    [InlineData("query", "pipes", "pipeDelimited", false)]
    [InlineData("query", "multi", "form", true)]
    [InlineData("path", "csv", "simple", false)]
    [InlineData("header", null, "simple", false)]
    public void CollectionFormat_becomes_style_and_explode(string location, string? format, string style, bool explode)
    {
        var formatLine = format is null ? string.Empty : $", collectionFormat: {format}";
        var (root, diagnostics) = Upgrade(Spec($$"""
            paths:
              /a/{ids}:
                get:
                  parameters:
                    - { name: ids, in: {{location}}, required: true, type: array, items: { type: integer, format: int32 }{{formatLine}} }
                  responses: {}
            """));

        Assert.Equal(
            """{"name":"ids","in":"LOCATION","required":true,"schema":{"type":"array","items":{"type":"integer","format":"int32"}},"style":"STYLE","explode":EXPLODE}"""
                .Replace("LOCATION", location, System.StringComparison.Ordinal)
                .Replace("STYLE", style, System.StringComparison.Ordinal)
                .Replace("EXPLODE", explode ? "true" : "false", System.StringComparison.Ordinal),
            Json(At(root, "paths", "/a/{ids}", "get", "parameters", "0")));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("query", "tsv", "SDKG004", "form", false)]
    [InlineData("header", "ssv", "SDKG004", "simple", false)]
    [InlineData("path", "pipes", "SDKG004", "simple", false)]
    [InlineData("header", "multi", "SDKG007", "simple", false)]
    [InlineData("query", "bogus", "SDKG007", "form", false)]
    public void A_collectionFormat_3_0_cannot_say_is_reported_at_its_value_and_sent_comma_separated(string location, string format, string id, string style, bool explode)
    {
        var spec = Spec($$"""
            paths:
              /a/{ids}:
                get:
                  parameters:
                    - { name: ids, in: {{location}}, required: true, type: array, items: { type: string }, collectionFormat: {{format}} }
                  responses: {}
            """);
        var (root, diagnostics) = Upgrade(spec);

        Assert.EndsWith($"\"style\":\"{style}\",\"explode\":{(explode ? "true" : "false")}}}", Json(At(root, "paths", "/a/{ids}", "get", "parameters", "0")), System.StringComparison.Ordinal);
        AssertReported(diagnostics, id, spec, format + " }");
    }

    [Fact]
    public void A_non_body_parameter_moves_its_type_keywords_into_a_schema_and_keeps_the_rest()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            paths:
              /a:
                get:
                  parameters:
                    - name: size
                      in: query
                      description: Page size
                      required: false
                      allowEmptyValue: true
                      type: integer
                      format: int32
                      default: 20
                      minimum: 1
                      exclusiveMinimum: true
                      maximum: 100
                      multipleOf: 5
                      enum: [5, 10, 20]
                      x-nullable: true
                      x-example: 10
                    - { name: code, in: header, type: string, pattern: '^[A-Z]+$', minLength: 2, maxLength: 4 }
                  responses: {}
            """));

        Assert.Equal(
            """{"name":"size","in":"query","description":"Page size","required":false,"allowEmptyValue":true,"schema":{"type":"integer","format":"int32","default":20,"minimum":1,"exclusiveMinimum":true,"maximum":100,"multipleOf":5,"enum":[5,10,20],"nullable":true},"x-example":10}""",
            Json(At(root, "paths", "/a", "get", "parameters", "0")));
        Assert.Equal(
            """{"name":"code","in":"header","schema":{"type":"string","pattern":"^[A-Z]+$","minLength":2,"maxLength":4}}""",
            Json(At(root, "paths", "/a", "get", "parameters", "1")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_nested_items_collectionFormat_is_reported_and_dropped()
    {
        var spec = Spec("""
            paths:
              /a:
                get:
                  parameters:
                    - name: grid
                      in: query
                      type: array
                      collectionFormat: pipes
                      items:
                        type: array
                        collectionFormat: csv
                        items: { type: integer }
                  responses: {}
            """);
        var (root, diagnostics) = Upgrade(spec);

        Assert.Equal(
            """{"name":"grid","in":"query","schema":{"type":"array","items":{"type":"array","items":{"type":"integer"}}},"style":"pipeDelimited","explode":false}""",
            Json(At(root, "paths", "/a", "get", "parameters", "0")));
        AssertReported(diagnostics, "SDKG004", spec, "collectionFormat: csv");
    }

    [Fact]
    public void A_body_parameter_becomes_the_request_body_with_one_content_entry_per_consumed_type()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            consumes: [application/json]
            paths:
              /a:
                post:
                  consumes: [application/json, application/xml]
                  parameters:
                    - { name: q, in: query, type: string }
                    - name: pet
                      in: body
                      description: The pet
                      required: true
                      x-example-name: rex
                      schema: { $ref: '#/definitions/Pet' }
                  responses: {}
                put:
                  parameters:
                    - { name: pet, in: body, schema: { type: string } }
                  responses: {}
            definitions:
              Pet: { type: object }
            """));

        var post = (YamlMapping)At(root, "paths", "/a", "post");
        Assert.Equal(
            """{"description":"The pet","required":true,"x-example-name":"rex","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}},"application/xml":{"schema":{"$ref":"#/components/schemas/Pet"}}}}""",
            Json(post["requestBody"]!));
        Assert.Equal("""[{"name":"q","in":"query","schema":{"type":"string"}}]""", Json(post["parameters"]!));
        Assert.Null(post["consumes"]);

        var put = (YamlMapping)At(root, "paths", "/a", "put");
        Assert.Equal("""{"content":{"application/json":{"schema":{"type":"string"}}}}""", Json(put["requestBody"]!));
        Assert.Null(put["parameters"]);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_component_body_parameter_is_a_request_body_component_referenced_while_the_consumed_types_agree()
    {
        var (root, _) = Upgrade(Spec("""
            parameters:
              pet: { name: pet, in: body, required: true, schema: { type: string } }
              limit: { name: limit, in: query, type: integer }
            paths:
              /a:
                post:
                  parameters: [ { $ref: '#/parameters/pet' }, { $ref: '#/parameters/limit' } ]
                  responses: {}
                put:
                  consumes: [text/plain]
                  parameters: [ { $ref: '#/parameters/pet' } ]
                  responses: {}
            """));

        Assert.Equal("""{"required":true,"content":{"application/json":{"schema":{"type":"string"}}}}""", Json(At(root, "components", "requestBodies", "pet")));
        Assert.Equal("""{"limit":{"name":"limit","in":"query","schema":{"type":"integer"}}}""", Json(At(root, "components", "parameters")));
        Assert.Equal("""{"$ref":"#/components/requestBodies/pet"}""", Json(At(root, "paths", "/a", "post", "requestBody")));
        Assert.Equal("""[{"$ref":"#/components/parameters/limit"}]""", Json(At(root, "paths", "/a", "post", "parameters")));
        Assert.Equal("""{"required":true,"content":{"text/plain":{"schema":{"type":"string"}}}}""", Json(At(root, "paths", "/a", "put", "requestBody")));
    }

    [Fact]
    public void FormData_parameters_become_a_urlencoded_object_with_array_encodings()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            paths:
              /a:
                parameters:
                  - { name: shared, in: formData, type: string }
                post:
                  parameters:
                    - { name: name, in: formData, required: true, type: string, description: The name, x-order: 1 }
                    - { name: tags, in: formData, type: array, items: { type: string } }
                    - { name: ids, in: formData, type: array, items: { type: integer }, collectionFormat: multi }
                    - { name: codes, in: formData, type: array, items: { type: string }, collectionFormat: pipes }
                  responses: {}
            """));

        Assert.Equal(
            """{"required":true,"content":{"application/x-www-form-urlencoded":{"schema":{"type":"object","properties":{"shared":{"type":"string"},"name":{"type":"string","description":"The name","x-order":1},"tags":{"type":"array","items":{"type":"string"}},"ids":{"type":"array","items":{"type":"integer"}},"codes":{"type":"array","items":{"type":"string"}}},"required":["name"]},"encoding":{"tags":{"style":"form","explode":false},"codes":{"style":"pipeDelimited","explode":false}}}}}""",
            Json(At(root, "paths", "/a", "post", "requestBody")));
        Assert.Null(((YamlMapping)At(root, "paths", "/a"))["parameters"]);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("[multipart/form-data]", "{ name: note, in: formData, type: string }", "multipart/form-data")]
    [InlineData("[application/x-www-form-urlencoded, multipart/form-data]", "{ name: note, in: formData, type: string }", "application/x-www-form-urlencoded,multipart/form-data")]
    [InlineData("[application/x-www-form-urlencoded, multipart/form-data]", "{ name: photo, in: formData, type: file }", "multipart/form-data")]
    [InlineData("[]", "{ name: photo, in: formData, type: file }", "multipart/form-data")]
    public void A_form_is_multipart_when_a_field_is_a_file_or_consumes_says_so(string consumes, string field, string mediaTypes)
    {
        var (root, diagnostics) = Upgrade(Spec($$"""
            paths:
              /a:
                post:
                  consumes: {{consumes}}
                  parameters: [ {{field}} ]
                  responses: {}
            """));

        var content = (YamlMapping)At(root, "paths", "/a", "post", "requestBody", "content");
        Assert.Equal(mediaTypes, string.Join(",", content.Entries.Select(entry => entry.Key.Value)));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_file_field_is_a_binary_string()
    {
        var (root, _) = Upgrade(Spec("paths:\n  /a:\n    post:\n      parameters: [ { name: photo, in: formData, type: file, required: true } ]\n      responses: {}"));

        Assert.Equal(
            """{"type":"object","properties":{"photo":{"type":"string","format":"binary"}},"required":["photo"]}""",
            Json(At(root, "paths", "/a", "post", "requestBody", "content", "multipart/form-data", "schema")));
    }

    [Fact]
    public void FormData_under_a_non_form_consumes_is_reported_at_that_media_type()
    {
        var spec = Spec("consumes: [application/json]\npaths:\n  /a:\n    post:\n      parameters: [ { name: note, in: formData, type: string } ]\n      responses: {}");
        var (root, diagnostics) = Upgrade(spec);

        Assert.Equal(["application/x-www-form-urlencoded"], ((YamlMapping)At(root, "paths", "/a", "post", "requestBody", "content")).Entries.Select(entry => entry.Key.Value));
        AssertReported(diagnostics, "SDKG007", spec, "application/json");
    }

    [Fact]
    public void A_body_and_formData_together_keep_the_body_and_report_the_form()
    {
        var spec = Spec("paths:\n  /a:\n    post:\n      parameters:\n        - { name: b, in: body, schema: { type: string } }\n        - { name: f, in: formData, type: string }\n        - { name: b2, in: body, schema: { type: integer } }\n      responses: {}");
        var (root, diagnostics) = Upgrade(spec);

        Assert.Equal("""{"content":{"application/json":{"schema":{"type":"string"}}}}""", Json(At(root, "paths", "/a", "post", "requestBody")));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, diagnostic => Assert.Equal("SDKG007", diagnostic.Id));
    }

    [Fact]
    public void Response_schemas_become_content_for_each_produced_type()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            produces: [application/json, application/xml]
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: ok
                      x-rank: 1
                      headers:
                        X-Rate-Limit: { type: integer, format: int32, description: Calls left }
                        X-Tags: { type: array, items: { type: string } }
                      schema: { $ref: '#/definitions/Pet' }
                      examples:
                        application/json: { name: rex }
                    '204': { description: none }
                    default: { description: error, schema: { type: string } }
                    x-extra: kept
              /b:
                get:
                  produces: []
                  responses:
                    '200': { description: ok, schema: { type: integer } }
                    '201': { description: file, schema: { type: file } }
            definitions:
              Pet: { type: object }
            """));

        Assert.Equal(
            """{"description":"ok","x-rank":1,"headers":{"X-Rate-Limit":{"schema":{"type":"integer","format":"int32"},"description":"Calls left"},"X-Tags":{"schema":{"type":"array","items":{"type":"string"}},"style":"simple","explode":false}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"},"example":{"name":"rex"}},"application/xml":{"schema":{"$ref":"#/components/schemas/Pet"}}}}""",
            Json(At(root, "paths", "/a", "get", "responses", "200")));
        Assert.Equal("""{"description":"none"}""", Json(At(root, "paths", "/a", "get", "responses", "204")));
        Assert.Equal("""{"description":"error","content":{"application/json":{"schema":{"type":"string"}},"application/xml":{"schema":{"type":"string"}}}}""", Json(At(root, "paths", "/a", "get", "responses", "default")));
        Assert.Equal("\"kept\"", Json(At(root, "paths", "/a", "get", "responses", "x-extra")));
        Assert.Equal("""{"description":"ok","content":{"application/json":{"schema":{"type":"integer"}}}}""", Json(At(root, "paths", "/b", "get", "responses", "200")));
        Assert.Equal("""{"description":"file","content":{"application/octet-stream":{"schema":{"type":"string","format":"binary"}}}}""", Json(At(root, "paths", "/b", "get", "responses", "201")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_component_response_is_referenced_while_the_produced_types_agree_and_copied_when_they_differ()
    {
        var (root, _) = Upgrade(Spec("""
            responses:
              Problem: { description: Problem, schema: { type: string } }
            paths:
              /a:
                get:
                  responses: { default: { $ref: '#/responses/Problem' } }
                put:
                  produces: [text/plain]
                  responses: { default: { $ref: '#/responses/Problem' } }
            """));

        Assert.Equal("""{"description":"Problem","content":{"application/json":{"schema":{"type":"string"}}}}""", Json(At(root, "components", "responses", "Problem")));
        Assert.Equal("""{"$ref":"#/components/responses/Problem"}""", Json(At(root, "paths", "/a", "get", "responses", "default")));
        Assert.Equal("""{"description":"Problem","content":{"text/plain":{"schema":{"type":"string"}}}}""", Json(At(root, "paths", "/a", "put", "responses", "default")));
    }

    [Fact]
    public void Schemas_keep_every_keyword_3_0_shares_and_convert_the_rest()
    {
        var (root, diagnostics) = Upgrade(Spec("""
            paths: {}
            definitions:
              Pet:
                type: object
                discriminator: petType
                required: [petType]
                x-owner: team
                properties:
                  petType: { type: string, readOnly: true }
                  owner: { $ref: '#/definitions/Owner', x-nullable: true, description: The owner }
                  photo: { type: file, format: byte }
                  nick: { type: string, x-nullable: true, example: { $ref: '#/definitions/NotARef' } }
                  extra: { type: object, additionalProperties: { $ref: '#/definitions/Owner' } }
                  deep: { $ref: '#/definitions/Owner/properties/name' }
                  far: { $ref: 'common.yaml#/definitions/Thing' }
              Cat:
                allOf:
                  - $ref: '#/definitions/Pet'
                  - type: object
                    properties:
                      lives: { type: integer, default: 9 }
              Owner:
                type: object
                properties:
                  name: { type: string }
            """));

        Assert.Equal(
            """{"type":"object","discriminator":{"propertyName":"petType"},"required":["petType"],"x-owner":"team","properties":{"petType":{"type":"string","readOnly":true},"owner":{"allOf":[{"$ref":"#/components/schemas/Owner"}],"nullable":true,"description":"The owner"},"photo":{"type":"string","format":"binary"},"nick":{"type":"string","nullable":true,"example":{"$ref":"#/definitions/NotARef"}},"extra":{"type":"object","additionalProperties":{"$ref":"#/components/schemas/Owner"}},"deep":{"$ref":"#/components/schemas/Owner/properties/name"},"far":{"$ref":"common.yaml#/components/schemas/Thing"}}}""",
            Json(At(root, "components", "schemas", "Pet")));
        Assert.Equal(
            """{"allOf":[{"$ref":"#/components/schemas/Pet"},{"type":"object","properties":{"lives":{"type":"integer","default":9}}}]}""",
            Json(At(root, "components", "schemas", "Cat")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Extensions_tags_and_operation_fields_are_kept_and_2_0_only_fields_are_gone()
    {
        var (root, _) = Upgrade(Spec("""
            x-logo: logo.png
            tags: [ { name: pets, description: Pets } ]
            externalDocs: { url: 'https://docs' }
            consumes: [application/json]
            produces: [application/json]
            paths:
              x-paths-note: kept
              /a:
                x-path-note: kept
                get:
                  tags: [pets]
                  summary: S
                  description: D
                  operationId: op
                  deprecated: true
                  security: []
                  x-op: 1
                  responses: {}
            """));

        Assert.Equal(
            ["openapi", "info", "x-logo", "tags", "externalDocs", "paths"],
            root.Entries.Select(entry => entry.Key.Value));
        Assert.Equal("3.0.3", root.String("openapi"));
        Assert.Equal("\"kept\"", Json(At(root, "paths", "x-paths-note")));
        Assert.Equal("\"kept\"", Json(At(root, "paths", "/a", "x-path-note")));
        Assert.Equal("""{"tags":["pets"],"summary":"S","description":"D","operationId":"op","deprecated":true,"security":[],"x-op":1,"responses":{}}""", Json(At(root, "paths", "/a", "get")));
    }

    [Fact]
    public void Upgraded_nodes_keep_the_position_of_the_2_0_text_they_came_from()
    {
        var spec = Spec("""
            paths:
              /a:
                post:
                  parameters:
                    - name: pet
                      in: body
                      schema: { $ref: '#/definitions/Pet' }
                  responses: {}
            definitions:
              Pet: { type: object }
            """);
        var (root, _) = Upgrade(spec);

        Assert.Equal(Find(spec, "swagger"), Position(root.KeyOf("openapi")!));
        Assert.Equal(Find(spec, "definitions:"), Position(((YamlMapping)At(root, "components")).KeyOf("schemas")!));
        Assert.Equal(Find(spec, "name: pet"), Position(At(root, "paths", "/a", "post", "requestBody")));
        Assert.Equal(Find(spec, "schema:"), Position(((YamlMapping)At(root, "paths", "/a", "post", "requestBody")).KeyOf("content")!));
        Assert.Equal(Find(spec, "'#/definitions/Pet'"), Position(At(root, "paths", "/a", "post", "requestBody", "content", "application/json", "schema", "$ref")));
    }

    [Fact]
    public void Yaml_aliases_are_upgraded_once_and_stay_shared()
    {
        var (root, _) = Upgrade(Spec("""
            paths: {}
            definitions:
              A: &shared { type: string, x-nullable: true }
              B: *shared
            """));

        Assert.Same(At(root, "components", "schemas", "A"), At(root, "components", "schemas", "B"));
        Assert.Equal("""{"type":"string","nullable":true}""", Json(At(root, "components", "schemas", "B")));
    }

    private static (int Line, int Column) Position(YamlNode node) => (node.Start.Line + 1, node.Start.Column + 1);

    private static void AssertReported(System.Collections.Generic.IReadOnlyList<Sdkgen.Generator.Diagnostics.DiagnosticInfo> diagnostics, string id, string spec, string marker)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Find(spec, marker), (diagnostic.Start.Line + 1, diagnostic.Start.Column + 1));
    }
}
