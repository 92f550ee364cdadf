using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Parsing;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;
using static Sdkgen.Generator.Tests.Infrastructure.Swagger2Document;

namespace Sdkgen.Generator.Tests;

/// <summary>A realistic Swagger 2.0 document (Specs/petstore-swagger2.yaml): body, formData, file upload, collectionFormat, security.</summary>
public sealed class Swagger2PetstoreTests
{
    private const string Consumer = """
        using Test;
        using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri("https://petstore.example.com/v2/") };
        var client = new TestClient(http, new TestClientOptions { ApiKey = "k" });
        Pet added = await client.Pet.AddPetAsync(new() { Name = "rex", PhotoUrls = [], Owner = null, Status = PetStatus.Available });
        await foreach (Pet pet in client.Pet.ListPetsAllAsync(limit: 50, species: ListPetsSpecies.Dog)) System.Console.WriteLine(pet.Name);
        using System.IO.Stream photo = await client.Pet.DownloadPhotoAsync(added.Id ?? 0);
        System.Collections.Generic.Dictionary<string, int> inventory = await client.Store.GetInventoryAsync();
        await client.User.UpdateUserAsync("ann", new() { Email = "ann@example.com", Phone = null });
        """;

    private static readonly string Text = File.ReadAllText(Path.Combine(ThisDirectory(), "Specs", "petstore-swagger2.yaml"));

    [Fact]
    public void Generates_code_that_compiles_with_a_consumer_and_no_warning()
    {
        var output = GeneratorHarness.Run(Text, consumerSources: [Consumer], outputKind: OutputKind.ConsoleApplication);

        Assert.Null(output.RunResult.Results.Single().Exception);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        Snapshot.Verify("Swagger2Petstore", Generated.Files(output, "PetClient", "StoreClient", "UserClient"));
    }

    [Fact]
    public void Every_operation_becomes_a_method_form_and_file_ones_included()
    {
        var output = GeneratorHarness.Run(Text);

        var operationIds = Operations((YamlMapping)YamlTreeReader.Read(Text)!).Select(operation => operation.String("operationId")!).ToList();
        Assert.Equal(13, operationIds.Count);
        var expected = operationIds.Select(id => char.ToUpperInvariant(id[0]) + id[1..] + "Async").Order(StringComparer.Ordinal);
        var methods = new[] { "PetClient", "StoreClient", "UserClient" }
            .SelectMany(group => Generated.Type(output, group).GetMembers().OfType<IMethodSymbol>())
            .Where(method => method.DeclaredAccessibility == Accessibility.Public && method.Name.EndsWith("Async", StringComparison.Ordinal) && !method.Name.EndsWith("AllAsync", StringComparison.Ordinal) && !method.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal))
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, methods);
    }

    [Fact]
    public void Nothing_is_reported_forms_files_and_array_queries_included()
    {
        var output = GeneratorHarness.Run(Text);

        Assert.Empty(output.GeneratorDiagnostics);
    }

    [Fact]
    public void The_upgraded_tree_holds_every_operation_and_a_body_for_each_body_or_form()
    {
        var (root, diagnostics) = Upgrade(Text);

        Assert.Empty(diagnostics);
        var operations = Operations(root).ToDictionary(operation => operation.String("operationId")!, StringComparer.Ordinal);
        Assert.Equal(13, operations.Count);
        Assert.Equal(
            ["addPet", "placeOrder", "updatePetWithForm", "updateUser", "uploadPhoto"],
            operations.Where(pair => pair.Value["requestBody"] is not null).Select(pair => pair.Key).Order(StringComparer.Ordinal));
        // addPet consumes more than the document does, so it gets its own copy of the petBody component.
        Assert.Equal(
            """{"description":"The pet to store","required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}},"application/xml":{"schema":{"$ref":"#/components/schemas/Pet"}}}}""",
            Json(operations["addPet"]["requestBody"]!));
        Assert.Equal(
            """{"required":true,"content":{"multipart/form-data":{"schema":{"type":"object","properties":{"caption":{"type":"string"},"file":{"description":"The photo","type":"string","format":"binary"}},"required":["file"]}}}}""",
            Json(operations["uploadPhoto"]["requestBody"]!));
        Assert.Equal("""[{"$ref":"#/components/parameters/petId"}]""", Json(operations["uploadPhoto"]["parameters"]!));
        Assert.Equal("""{"name":"tags","in":"query","description":"Tags to filter by","required":true,"schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":true}""", Json(At(operations["findPetsByTags"], "parameters", "0")));
        Assert.Equal("""[{"url":"https://petstore.example.com/v2"},{"url":"http://petstore.example.com/v2"}]""", Json(At(root, "servers")));
    }

    private static System.Collections.Generic.IEnumerable<YamlMapping> Operations(YamlMapping document)
        => ((YamlMapping)document["paths"]!).Entries.Select(path => (YamlMapping)path.Value)
            .SelectMany(item => item.Entries.Where(entry => entry.Key.Value is "get" or "put" or "post" or "delete" or "patch" or "head" or "options"))
            .Select(entry => (YamlMapping)entry.Value);

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
