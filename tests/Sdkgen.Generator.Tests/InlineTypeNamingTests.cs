using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Inline schemas are named from their operation and position, and inline objects written alike are one type.</summary>
public sealed class InlineTypeNamingTests
{
    // Fern-style: the method name alone ("get") repeats across groups, as in the vendor's full spec.
    private const string GroupedSpec = """
        openapi: 3.1.0
        info: { title: Shop, version: '1' }
        paths:
          /v1/pets/{id}:
            get:
              operationId: pets_get
              x-fern-sdk-group-name: pets
              x-fern-sdk-method-name: get
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }
          /v1/stores/{id}:
            get:
              operationId: stores_get
              x-fern-sdk-group-name: stores
              x-fern-sdk-method-name: get
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { city: { type: string } } } } } } }
          /v1/stores:
            get:
              operationId: stores_list
              x-fern-sdk-group-name: stores
              x-fern-sdk-method-name: list
              responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { total: { type: integer } } } } } } }
        """;

    [Fact]
    public void A_method_name_other_groups_share_is_qualified_by_its_group_and_a_unique_one_is_not()
    {
        var output = Run(GroupedSpec, include: null);

        Assert.Equal("Shop.PetsGetResponse", ReturnType(output, "PetsClient", "GetAsync"));
        Assert.Equal("Shop.StoresGetResponse", ReturnType(output, "StoresClient", "GetAsync"));
        Assert.Equal("Shop.ListResponse", ReturnType(output, "StoresClient", "ListAsync"));
        Assert.DoesNotContain(output.Sources.Keys, hint => hint.Contains("GetResponse2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subset_names_its_inline_types_as_the_whole_document_does()
    {
        var output = Run(GroupedSpec, include: "/v1/stores/**");

        Assert.Null(output.OutputCompilation.GetTypeByMetadataName("Shop.PetsClient"));
        Assert.Equal("Shop.StoresGetResponse", ReturnType(output, "StoresClient", "GetAsync"));
    }

    [Fact]
    public void Inline_objects_written_alike_are_one_record_and_ones_that_differ_even_in_description_are_not()
    {
        var output = Generated.Clean(Generated.Spec("""
                Address:
                  type: object
                  properties:
                    city: { type: string }
                Order:
                  type: object
                  properties:
                    shipping:
                      type: object
                      properties:
                        city: { type: string, example: Paris }
                    billing:
                      type: object
                      properties:
                        city: { type: string, example: Lyon }
                    pickup:
                      type: object
                      properties:
                        city: { type: string }
                      required: [city]
                    returns:
                      type: object
                      description: Where returned parcels go.
                      properties:
                        city: { type: string }
                    home: { $ref: '#/components/schemas/Address' }
                Invoice:
                  type: object
                  properties:
                    to:
                      type: object
                      properties:
                        city: { type: string, example: Nice }
            """));

        Assert.Equal("Test.OrderShipping?", Generated.TypeOf(output, "Order", "Shipping"));
        Assert.Equal("Test.OrderShipping?", Generated.TypeOf(output, "Order", "Billing"));
        Assert.Equal("Test.OrderShipping?", Generated.TypeOf(output, "Invoice", "To"));
        Assert.Equal("Test.OrderPickup?", Generated.TypeOf(output, "Order", "Pickup"));
        Assert.Equal("Test.OrderReturns?", Generated.TypeOf(output, "Order", "Returns"));
        Assert.Equal("Test.Address?", Generated.TypeOf(output, "Order", "Home"));
        Assert.Null(output.OutputCompilation.GetTypeByMetadataName("Test.OrderBilling"));
        Assert.Null(output.OutputCompilation.GetTypeByMetadataName("Test.InvoiceTo"));
    }

    private static GeneratorOutput Run(string spec, string? include)
    {
        var text = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var driver = GeneratorHarness.CreateDriver(text, new TestOptionsProvider().Set(text.Path, "Shop", "ShopClient", include: include, exclude: null));
        var output = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation([]));
        Assert.True(output.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(output.GeneratorDiagnostics));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        return output;
    }

    private static string ReturnType(GeneratorOutput output, string className, string methodName)
    {
        var type = output.OutputCompilation.GetTypeByMetadataName("Shop." + className);
        Assert.NotNull(type);
        var method = type.GetMembers(methodName).OfType<IMethodSymbol>().First();
        return ((INamedTypeSymbol)method.ReturnType).TypeArguments.Single().ToDisplayString();
    }
}
