using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>services.Add{Client}(...) is generated only for projects that reference Microsoft.Extensions.Http.</summary>
public sealed class DependencyInjectionTests
{
    private const string Extensions = "ElevenLabs.ElevenLabsClientServiceCollectionExtensions.g.cs";

    private static readonly Type[] HttpClientFactory =
    [
        typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions),
        typeof(Microsoft.Extensions.Options.IOptions<>),
        typeof(Microsoft.Extensions.Logging.ILoggerFactory),
        typeof(Microsoft.Extensions.Configuration.IConfiguration),
    ];

    private static readonly Type[] Resilience =
    [
        typeof(Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions),
        typeof(Polly.ResiliencePipeline),
    ];

    [Fact]
    public void A_project_without_the_http_client_factory_gets_no_registration_code()
    {
        var output = Run([]);

        Assert.DoesNotContain(Extensions, output.Sources.Keys);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void With_the_http_client_factory_the_registration_compiles_without_a_resilience_parameter()
    {
        var output = Run(HttpClientFactory);

        var source = output.Sources[Extensions];
        Assert.Contains("AddElevenLabsClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<global::ElevenLabs.ElevenLabsClientOptions> configure)", source, StringComparison.Ordinal);
        Assert.Contains("global::Microsoft.Extensions.Configuration.IConfiguration configuration)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Resilience", source, StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void With_resilience_the_registration_adds_the_standard_handler_without_retrying_post_or_patch()
    {
        var output = Run([.. HttpClientFactory, .. Resilience]);

        var source = output.Sources[Extensions];
        Assert.Contains("AddStandardResilienceHandler(builder,", source, StringComparison.Ordinal);
        Assert.Contains("DisableFor(resilience.Retry, global::System.Net.Http.HttpMethod.Post, global::System.Net.Http.HttpMethod.Patch)", source, StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void An_internal_sdk_gets_an_internal_registration()
    {
        var spec = TestPaths.ReadSeedSpec();
        var compilation = GeneratorHarness.CreateCompilation([]).AddReferences(References(HttpClientFactory));
        var text = new InMemoryAdditionalText(GeneratorHarness.SpecPath, spec);
        var driver = GeneratorHarness.CreateDriver(text, new TestOptionsProvider().Set(text.Path, "ElevenLabs", "ElevenLabsClient", "internal"));

        var output = GeneratorHarness.RunDriver(driver, compilation);

        Assert.Contains("internal static class ElevenLabsClientServiceCollectionExtensions", output.Sources[Extensions], StringComparison.Ordinal);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    private static GeneratorOutput Run(IEnumerable<Type> referenced)
        => GeneratorHarness.Run(TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient", extraReferences: References(referenced));

    private static IEnumerable<MetadataReference> References(IEnumerable<Type> types)
        => types.Select(type => type.Assembly.Location).Distinct().Select(path => MetadataReference.CreateFromFile(path));
}
