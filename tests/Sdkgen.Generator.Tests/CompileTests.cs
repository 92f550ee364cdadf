using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>The generated SDK as a consumer compiles it: warning level 9999, nullable on, doc comments checked.</summary>
public sealed class CompileTests
{
    private const string Sample = """
        using ElevenLabs;
        using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri("https://api.elevenlabs.io") };
        var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { ApiKey = "k" });
        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new()
        {
            CallName = "April survey",
            AgentId = "agent_123",
            Recipients = [ new() { PhoneNumber = "+14155552671",
                ConversationInitiationClientData = new() { DynamicVariables = new() { ["customer_name"] = "John", ["vip"] = true, ["visits"] = 3 } } } ],
        }, System.Threading.CancellationToken.None);
        if (job.Status == BatchCallStatus.Pending) System.Console.WriteLine(job.Id);
        """;

    [Fact]
    public void Seed_output_compiles_without_any_warning_or_error()
    {
        var output = GeneratorHarness.Run(TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient");

        Assert.NotEmpty(output.Sources);
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Readme_sample_compiles_without_any_warning_or_error()
    {
        var output = GeneratorHarness.Run(
            TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient", consumerSources: [Sample], outputKind: OutputKind.ConsoleApplication);

        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
    }

    [Fact]
    public void Submit_request_without_required_AgentId_fails_with_CS9035()
    {
        var consumer = Sample.Replace("    AgentId = \"agent_123\",\n", string.Empty, System.StringComparison.Ordinal);
        Assert.DoesNotContain("AgentId", consumer, System.StringComparison.Ordinal);

        var output = GeneratorHarness.Run(
            TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient", consumerSources: [consumer], outputKind: OutputKind.ConsoleApplication);

        var errors = output.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains("AgentId", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal("/src/Consumer0.cs", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Generated_files_skip_nullable_analysis_and_the_tests_still_check_it()
    {
        var output = GeneratorHarness.Run(TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient");
        Assert.All(output.Sources.Values, source => Assert.Contains("\n#nullable disable warnings", source, System.StringComparison.Ordinal));

        // A null-safety slip in a generated file: silent in the user's build, a warning in the tests' compile.
        var slip = output.OutputCompilation.SyntaxTrees.First(tree => tree.FilePath.EndsWith("ElevenLabsClient.g.cs", System.StringComparison.Ordinal));
        var withSlip = output.OutputCompilation.ReplaceSyntaxTree(slip, slip.WithChangedText(slip.GetText().WithChanges(
            new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(slip.GetText().Length, 0), "\nstatic class Slip { static string Name() => null; }\n"))));

        Assert.DoesNotContain(withSlip.GetDiagnostics(), d => d.Id == "CS8603");
        Assert.Contains(GeneratorHarness.WithNullableWarnings(withSlip).GetDiagnostics(), d => d.Id == "CS8603");
    }
}
