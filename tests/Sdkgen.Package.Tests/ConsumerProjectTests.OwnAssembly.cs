using System;
using System.IO;
using System.Threading.Tasks;
using Sdkgen.Consumer.Tests;
using Xunit;

namespace Sdkgen.Package.Tests;

public sealed partial class ConsumerProjectTests
{
    [Fact]
    public async Task A_spec_item_with_Assembly_is_compiled_once_into_its_own_assembly_and_again_only_when_the_spec_changes()
    {
        const string Program = """
            using ElevenLabs;

            using var http = new HttpClient();
            var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { BaseAddress = new Uri(args[0]), ApiKey = "sk_package_test" });
            BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new() { CallName = "c", AgentId = "a", Recipients = [] });
            Console.WriteLine($"{typeof(ElevenLabsClient).Assembly.GetName().Name} {job.Id}");
            """;
        ConsoleProject project = ConsoleProject.Create(
            feed,
            "own-assembly",
            """<SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" Assembly="ElevenLabs.Sdk" />""",
            Program);
        string sdk = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "sdkgen", "ElevenLabs.Sdk.dll");

        CommandResult build = (await project.BuildAsync()).ShouldSucceed("dotnet build");
        Assert.Matches(@"\b0 Warning\(s\)", build.Output);
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "ElevenLabs.Sdk.dll")), "the SDK assembly is copied to the output");
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, JobJson);
        Assert.Equal("ElevenLabs.Sdk batch_1", (await project.RunAsync(server.BaseAddress.ToString())).ShouldSucceed("the app").Output.Trim());

        // An edit to the app's own code compiles the app alone: the SDK assembly is left as it was.
        DateTime compiled = File.GetLastWriteTimeUtc(sdk);
        project.WriteProgram(Program + "\n// an edit to the app\n");
        (await project.BuildAsync()).ShouldSucceed("dotnet build after an edit to the app");
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(sdk));

        // An edit to the spec compiles the SDK again, and the app sees the new member.
        const string Anchor = "    BatchCallResponse:\n      type: object\n      properties:\n";
        project.WriteSpec(project.ReadSpec().Replace(Anchor, Anchor + "        campaign_note:\n          type: string\n", StringComparison.Ordinal));
        project.WriteProgram(Program.Replace("{job.Id}", "{job.CampaignNote}", StringComparison.Ordinal));
        (await project.BuildAsync()).ShouldSucceed("dotnet build after the spec edit");
        Assert.NotEqual(compiled, File.GetLastWriteTimeUtc(sdk));
        Assert.Equal("ElevenLabs.Sdk from the server", (await project.RunAsync(server.BaseAddress.ToString())).ShouldSucceed("the app").Output.Trim());
    }

    [Fact]
    public async Task Visibility_internal_with_Assembly_is_a_warning_and_the_types_stay_public()
    {
        ConsoleProject project = ConsoleProject.Create(
            feed,
            "own-assembly-internal",
            """<SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" Visibility="internal" Assembly="ElevenLabs.Sdk" />""",
            "Console.WriteLine(typeof(ElevenLabs.ElevenLabsClient).IsPublic);");
        File.WriteAllText(
            Path.Combine(project.Directory, "App.csproj"),
            File.ReadAllText(Path.Combine(project.Directory, "App.csproj")).Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", string.Empty, StringComparison.Ordinal));

        CommandResult build = (await project.BuildAsync()).ShouldSucceed("dotnet build");

        Assert.Contains("openapi.yaml : warning : Visibility=\"internal\" is ignored with Assembly=\"ElevenLabs.Sdk\"", build.Output, StringComparison.Ordinal);
        Assert.Equal("True", (await project.RunAsync()).ShouldSucceed("the app").Output.Trim());
    }

    [Fact]
    public async Task Two_spec_items_cannot_share_one_Assembly()
    {
        ConsoleProject project = ConsoleProject.Create(
            feed,
            "own-assembly-twice",
            """
            <SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" Assembly="Api.Sdk" />
                <SdkgenSpec Include="second.yaml" Namespace="Second" ClientName="SecondClient" Assembly="Api.Sdk" />
            """,
            "Console.WriteLine();");
        File.WriteAllText(Path.Combine(project.Directory, "second.yaml"), ConsoleProject.BundledSpec);

        CommandResult build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Two SdkgenSpec items name the same Assembly", build.Output, StringComparison.Ordinal);
    }
}
