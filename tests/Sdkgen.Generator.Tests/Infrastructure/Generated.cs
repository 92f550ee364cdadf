using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Sdkgen.Generator.Tests.Infrastructure;

/// <summary>Helpers over a clean generator run of a small inline spec.</summary>
internal static class Generated
{
    /// <summary>Wraps component schemas (already indented for <c>components.schemas</c>) in a minimal OpenAPI 3.1 document.</summary>
    public static string Spec(string schemas, string paths = "  {}") => $"""
        openapi: 3.1.0
        info:
          title: Test
          version: '1'
        paths:
        {paths}
        components:
          schemas:
        {schemas}
        """;

    /// <summary>Generates, and asserts the generator reported nothing and the output compiles with no warning or error.</summary>
    public static GeneratorOutput Clean(string spec)
    {
        var output = GeneratorHarness.Run(spec);
        Assert.Null(output.RunResult.Results[0].Exception);
        Assert.True(output.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(output.GeneratorDiagnostics));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        return output;
    }

    /// <summary>Each type's file (a schema's type holds its converter too).</summary>
    public static IReadOnlyDictionary<string, string> Files(GeneratorOutput output, params string[] typeNames)
    {
        var hints = typeNames.Select(name => $"Test.{name}.g.cs");
        return hints.ToDictionary(hint => hint, hint => output.Sources.TryGetValue(hint, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"No generated file '{hint}'. Generated: {string.Join(", ", output.Sources.Keys)}"), StringComparer.Ordinal);
    }

    public static INamedTypeSymbol Type(GeneratorOutput output, string name)
        => output.OutputCompilation.GetTypeByMetadataName("Test." + name)
            ?? throw new Xunit.Sdk.XunitException($"No type Test.{name}. Generated: {string.Join(", ", output.Sources.Keys)}");

    public static IPropertySymbol Property(GeneratorOutput output, string typeName, string propertyName)
        => Type(output, typeName).GetMembers(propertyName).OfType<IPropertySymbol>().SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"Test.{typeName} has no property {propertyName}; members: {string.Join(", ", Type(output, typeName).MemberNames)}");

    /// <summary>"string?", "long?", "Test.Thing?", "System.Text.Json.JsonElement" …</summary>
    public static string TypeOf(GeneratorOutput output, string typeName, string propertyName)
        => Property(output, typeName, propertyName).Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));

    /// <summary>Emits the output, loads it into a collectible context for <paramref name="use"/>, then unloads it.</summary>
    public static void Run(GeneratorOutput output, Action<Assembly> use)
    {
        using var image = new MemoryStream();
        Assert.True(output.OutputCompilation.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            use(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }
}
