using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Sdkgen.Consumer.Tests;
using Xunit;

namespace Sdkgen.Package.Tests;

/// <summary>Sdkgen as a user installs it: a PackageReference from a folder feed and a spec file, in a fresh console.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class ConsumerProjectTests(PackageFeed feed)
{
    private const string ApiKey = "sk_package_test";

    private const string JobJson =
        """{"id":"batch_1","phone_number_id":null,"name":"April survey","agent_id":"agent_123","created_at_unix":1,"scheduled_time_unix":1,"timezone":null,"total_calls_dispatched":0,"total_calls_scheduled":1,"total_calls_finished":0,"last_updated_at_unix":1,"status":"pending","retry_count":0,"agent_name":"Agent","phone_provider":null,"whatsapp_params":null,"campaign_note":"from the server"}""";

    private const string SubmitProgram = """
        using ElevenLabs;

        using var http = new HttpClient();
        var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { BaseAddress = new Uri(args[0]), ApiKey = "sk_package_test" });
        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new()
        {
            CallName = "April survey",
            AgentId = "agent_123",
            Recipients = [new() { PhoneNumber = "+14155550123" }],
        });
        Console.WriteLine($"{job.Id} {job.Status}");
        """;

    [Fact]
    public async Task A_fresh_console_builds_warning_free_from_the_feed_and_calls_the_api()
    {
        ConsoleProject project = ConsoleProject.Create(
            feed, "fresh", """<SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" />""", SubmitProgram);

        CommandResult build = (await project.BuildAsync()).ShouldSucceed("dotnet build");
        Assert.Matches(@"\b0 Warning\(s\)", build.Output);

        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, JobJson);
        CommandResult run = (await project.RunAsync(server.BaseAddress.ToString())).ShouldSucceed("the app");

        Assert.Equal("batch_1 pending", run.Output.Trim());
        RecordedRequest request = server.SingleRequest;
        Assert.Equal("/v1/convai/batch-calling/submit", request.Path);
        Assert.Equal(ApiKey, request.Headers["xi-api-key"]);
        Assert.Equal($"Sdkgen/{feed.Version} (ElevenLabsClient)", request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task A_spec_item_with_IncludeOperations_generates_only_those_operations()
    {
        const string Program = """
            using ElevenLabs;

            using var http = new HttpClient();
            var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { ApiKey = "k" });
            await client.ConversationalAi.BatchCalls.CreateAsync(new() { CallName = "c", AgentId = "a", Recipients = [] });
            await client.ConversationalAi.BatchCalls.GetAsync("batch_1");
            await client.ConversationalAi.BatchCalls.CancelAsync("batch_1");
            """;
        ConsoleProject project = ConsoleProject.Create(
            feed,
            "subset",
            """<SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" IncludeOperations="/v1/convai/batch-calling/submit;op:get_batch_call;/v1/convai/batch-calling/*/cancel" ExcludeOperations="op:cancel_batch_call;tag:nothing" />""",
            Program);

        CommandResult build = await project.BuildAsync();

        // Every pattern arrives, not only the first of each list: both kept operations compile, the excluded one is
        // simply not there, and the exclude that matches nothing is named.
        Assert.NotEqual(0, build.ExitCode);
        Assert.Single(CompileErrors().Matches(build.Output).Select(match => match.Value).Distinct());
        Assert.Contains("error CS1061: 'ConversationalAiBatchCallsClient' does not contain a definition for 'CancelAsync'", build.Output, StringComparison.Ordinal);
        Assert.Contains("SDKG009: The exclude pattern 'tag:nothing' matches no operation", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_spec_changes_the_api_on_the_next_build()
    {
        const string Program = """
            using ElevenLabs;

            using var http = new HttpClient();
            var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { BaseAddress = new Uri(args[0]) });
            BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new() { CallName = "c", AgentId = "a", Recipients = [] });
            Console.WriteLine(job.CampaignNote);
            """;
        ConsoleProject project = ConsoleProject.Create(
            feed, "edit", """<AdditionalFiles Include="openapi.yaml" SdkgenNamespace="ElevenLabs" SdkgenClientName="ElevenLabsClient" />""", Program);

        CommandResult before = await project.BuildAsync();
        Assert.NotEqual(0, before.ExitCode);
        Assert.Contains("error CS1061: 'BatchCallResponse' does not contain a definition for 'CampaignNote'", before.Output, StringComparison.Ordinal);

        const string Anchor = "    BatchCallResponse:\n      type: object\n      properties:\n";
        string spec = project.ReadSpec();
        Assert.Contains(Anchor, spec, StringComparison.Ordinal);
        project.WriteSpec(spec.Replace(Anchor, Anchor + "        campaign_note:\n          type: string\n", StringComparison.Ordinal));
        (await project.BuildAsync()).ShouldSucceed("dotnet build after the spec edit");

        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, JobJson);
        CommandResult run = (await project.RunAsync(server.BaseAddress.ToString())).ShouldSucceed("the app");
        Assert.Equal("from the server", run.Output.Trim());
    }

    [Fact]
    public async Task Trimmed_and_native_aot_publishes_of_a_dependency_injection_app_run_the_call()
    {
        const string Program = """
            using ElevenLabs;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddElevenLabsClient(options =>
            {
                options.BaseAddress = new Uri(args[0]);
                options.ApiKey = "sk_package_test";
            });
            using var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<ElevenLabsClient>();
            BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new()
            {
                CallName = "April survey",
                AgentId = "agent_123",
                Recipients = [new() { PhoneNumber = "+14155550123", ConversationInitiationClientData = new() { DynamicVariables = new() { ["vip"] = true, ["visits"] = 3 } } }],
            });
            Console.WriteLine($"{job.Id} {job.Status} {job.WhatsappParams is null}");
            """;
        ConsoleProject project = ConsoleProject.Create(
            feed,
            "aot",
            """<SdkgenSpec Include="openapi.yaml" Namespace="ElevenLabs" ClientName="ElevenLabsClient" />""",
            Program,
            """<PackageReference Include="Microsoft.Extensions.Http.Resilience" Version="11.0.0" />""");
        (await project.BuildAsync()).ShouldSucceed("dotnet build with the trimming and AOT analyzers");

        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, JobJson);
        foreach (string publish in new[] { "-p:PublishTrimmed=true", "-p:PublishAot=true" })
        {
            CommandResult run = (await project.PublishAndRunAsync(publish, server.BaseAddress.ToString())).ShouldSucceed($"the app published with {publish}");
            Assert.Equal("batch_1 pending True", run.Output.Trim());
        }

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal("""{"call_name":"April survey","agent_id":"agent_123","recipients":[{"phone_number":"+14155550123","conversation_initiation_client_data":{"dynamic_variables":{"vip":true,"visits":3}}}]}""", request.BodyText));
    }

    [Fact]
    public async Task Without_the_build_props_the_generator_warns_instead_of_silently_changing_the_namespace()
    {
        // The analyzer referenced by hand, as a ProjectReference user outside this repository would, without build/Sdkgen.props.
        string analyzers = System.IO.Path.Combine(feed.Root, "extracted", "analyzers");
        System.IO.Compression.ZipFile.ExtractToDirectory(feed.PackagePath("Sdkgen"), System.IO.Path.GetDirectoryName(analyzers)!, overwriteFiles: true);
        string items = $"""
            <PackageReference Include="Sdkgen.Runtime" Version="{feed.Version}" />
                <Analyzer Include="{analyzers}/dotnet/cs/*.dll" />
                <AdditionalFiles Include="openapi.yaml" SdkgenNamespace="ElevenLabs" SdkgenClientName="ElevenLabsClient" />
            """;
        ConsoleProject project = ConsoleProject.Create(feed, "noprops", items, "Console.WriteLine();");
        System.IO.File.WriteAllText(
            System.IO.Path.Combine(project.Directory, "App.csproj"),
            System.IO.File.ReadAllText(System.IO.Path.Combine(project.Directory, "App.csproj"))
                .Replace($"<PackageReference Include=\"Sdkgen\" Version=\"{feed.Version}\" />", string.Empty, StringComparison.Ordinal)
                .Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", string.Empty, StringComparison.Ordinal));

        CommandResult build = (await project.BuildAsync()).ShouldSucceed("dotnet build");

        string warning = Assert.Single(Warnings().Matches(build.Output).Select(match => match.Value).Distinct());
        Assert.Contains("openapi.yaml(5,1): warning SDKG008", warning, StringComparison.Ordinal);
        Assert.Contains("Reference the Sdkgen NuGet package", warning, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\S*openapi\.yaml\(\d+,\d+\): warning SDKG\d+: [^\[]*")]
    private static partial Regex Warnings();

    [GeneratedRegex(@"error CS\d+: [^\[]*")]
    private static partial Regex CompileErrors();
}
