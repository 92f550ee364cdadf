using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>The CLI in-process against a real emulator on loopback: every subcommand, end to end.</summary>
public sealed partial class CliEndToEndTests
{
    private const string Csv =
        "phone_number,name,customer_tier,visits,vip,language,first_message,system_prompt,voice_id\n" +
        "+14155552671,Ava,gold,3,true,de,Hallo Ava,Be brief.,voice_abc\n" +
        "(415) 555-0132,Liam,silver,1,false,,,,\n" +
        "+442071838750,\"=HYPERLINK(\"\"http://evil\"\")\",bronze,7,false,,,,\n";

    [GeneratedRegex(@"btcal_[0-9a-f]{32}")]
    private static partial Regex JobId();

    private static string IdOf(CliResult result) => JobId().Match(result.Out).Value is { Length: > 0 } id ? id : throw new Xunit.Sdk.XunitException(result.ToString());

    [Fact]
    public async Task Submit_sends_typed_variables_and_overrides_then_watch_get_list_export_retry_delete()
    {
        await using CliHarness cli = await CliHarness.StartAsync(failureRate: 0.5, noAnswerRate: 0.2);
        string file = cli.Dir.Write("people.csv", Csv);

        CliResult submit = await cli.RunAsync("submit", "--recipients", "people.csv", "--agent-id", "agent_1", "--name", "Spring survey", "--concurrency", "2", "--yes");
        Assert.Equal(0, submit.ExitCode);
        string id = IdOf(submit);
        Assert.Contains("with 3 recipients", submit.Out);
        Assert.Contains("looks like a spreadsheet formula", submit.Err);

        // What went over the wire: numbers and booleans as JSON numbers/booleans, overrides in the config block.
        using (JsonDocument sent = JsonDocument.Parse(Assert.Single(cli.SubmitBodies)))
        {
            JsonElement root = sent.RootElement;
            Assert.Equal("Spring survey", root.GetProperty("call_name").GetString());
            Assert.Equal(2, root.GetProperty("target_concurrency_limit").GetInt64());
            JsonElement ava = root.GetProperty("recipients")[0];
            Assert.Equal("+14155552671", ava.GetProperty("phone_number").GetString());
            JsonElement data = ava.GetProperty("conversation_initiation_client_data");
            JsonElement vars = data.GetProperty("dynamic_variables");
            Assert.Equal(JsonValueKind.Number, vars.GetProperty("visits").ValueKind);
            Assert.Equal(3, vars.GetProperty("visits").GetInt64());
            Assert.Equal(JsonValueKind.True, vars.GetProperty("vip").ValueKind);
            Assert.Equal("gold", vars.GetProperty("customer_tier").GetString());
            Assert.False(vars.TryGetProperty("language", out _));
            JsonElement agent = data.GetProperty("conversation_config_override").GetProperty("agent");
            Assert.Equal("de", agent.GetProperty("language").GetString());
            Assert.Equal("Hallo Ava", agent.GetProperty("first_message").GetString());
            Assert.Equal("Be brief.", agent.GetProperty("prompt").GetProperty("prompt").GetString());
            Assert.Equal("voice_abc", data.GetProperty("conversation_config_override").GetProperty("tts").GetProperty("voice_id").GetString());
            Assert.Equal("+14155550132", root.GetProperty("recipients")[1].GetProperty("phone_number").GetString());
            Assert.Contains("\"vip\":true", sent.RootElement.GetRawText().Replace(" ", ""));
            Assert.Contains("\"visits\":3", sent.RootElement.GetRawText().Replace(" ", ""));
        }

        // And what the API stored, read back through the SDK.
        using (System.Net.Http.HttpClient http = new())
        {
            ElevenLabsClient client = new(http, new ElevenLabsClientOptions { ApiKey = cli.ApiKey, BaseAddress = cli.BaseAddress });
            BatchCallDetailedResponse stored = await client.ConversationalAi.BatchCalls.GetAsync(id);
            JsonElement vars = stored.Recipients[0].ConversationInitiationClientData!.DynamicVariables!.Value;
            Assert.Equal(3, vars.GetProperty("visits").GetInt64());
            Assert.True(vars.GetProperty("vip").GetBoolean());
        }

        CliResult watch = await cli.RunAsync("watch", id);
        Assert.Equal(0, watch.ExitCode);
        Assert.Contains("completed: dispatched 3/3, finished 3/3", watch.Out);
        Assert.Contains("Spring survey", watch.Out);

        CliResult get = await cli.RunAsync("get", id);
        Assert.Equal(0, get.ExitCode);
        Assert.Contains("+442071838750", get.Out);
        Assert.Contains("Liam", get.Out);
        Assert.Contains("Recipients: ", get.Out);

        string exportPath = cli.Dir.File("results.csv");
        CliResult export = await cli.RunAsync("export", id, "--out", "results.csv");
        Assert.Equal(0, export.ExitCode);
        string[] exported = File.ReadAllLines(exportPath);
        Assert.StartsWith("phone_number,status,conversation_id,updated_at_unix", exported[0]);
        Assert.Equal(4, exported.Length);
        Assert.StartsWith("+14155552671,", exported[1]); // phone numbers are not "defused"
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", exported[3]);
        Assert.Contains("1 formula-looking cell", export.Err);
        Assert.False(File.Exists(exportPath + ".partial"));

        CliResult stdout = await cli.RunAsync("export", id);
        Assert.Equal(0, stdout.ExitCode);
        Assert.Equal(string.Join("\n", exported), stdout.Out.ReplaceLineEndings("\n").TrimEnd('\n'));

        // Seed 42 with these rates leaves failed or unanswered calls to retry.
        CliResult retry = await cli.RunAsync("retry", id);
        Assert.True(retry.ExitCode == 0, retry.ToString());
        Assert.Contains("retry 1", retry.Out);
        Assert.Equal(0, (await cli.RunAsync("watch", id)).ExitCode);

        CliResult list = await cli.RunAsync("list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(id, list.Out);
        Assert.Contains("1 batch call.", list.Out);

        CliResult delete = await cli.RunAsync("delete", id);
        Assert.Equal(0, delete.ExitCode);
        Assert.Contains($"Deleted batch call {id}.", delete.Out);

        CliResult gone = await cli.RunAsync("get", id);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("API error 404", gone.Err);
        Assert.Contains("Batch call not found", gone.Err);
    }

    [Fact]
    public async Task List_follows_every_page()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("one.csv", "phone_number\n+14155552671\n");
        string[] ids = new string[3];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(await cli.RunAsync("submit", "-r", "one.csv", "--agent-id", i == 2 ? "agent_b" : "agent_a", "--name", $"one {i}", "--yes"));
        }

        CliResult list = await cli.RunAsync("list", "--page-size", "1");
        Assert.Equal(0, list.ExitCode);
        Assert.All(ids, id => Assert.Contains(id, list.Out));
        Assert.Contains("3 batch calls.", list.Out);

        CliResult filtered = await cli.RunAsync("list", "--agent-id", "agent_b", "--page-size", "1");
        Assert.Contains(ids[2], filtered.Out);
        Assert.DoesNotContain(ids[0], filtered.Out);
    }

    [Fact]
    public async Task Cancel_stops_a_running_batch_and_a_second_cancel_is_refused()
    {
        await using CliHarness cli = await CliHarness.StartAsync(timeScale: 1);
        cli.Dir.Write("people.csv", Csv);
        string id = IdOf(await cli.RunAsync("submit", "-r", "people.csv", "--agent-id", "agent_1", "--concurrency", "1", "--yes"));

        CliResult cancel = await cli.RunAsync("cancel", id);
        Assert.Equal(0, cancel.ExitCode);
        Assert.Contains($"Batch call {id} is cancelled.", cancel.Out);

        CliResult again = await cli.RunAsync("cancel", id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("API error 409", again.Err);
        Assert.Contains("already cancelled", again.Err);

        CliResult retry = await cli.RunAsync("retry", id);
        Assert.Equal(1, retry.ExitCode);
        Assert.Contains("409", retry.Err);
    }

    [Fact]
    public async Task Scheduled_submit_sends_unix_time_and_zone()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("one.csv", "phone_number\n+14155552671\n");
        int year = DateTime.UtcNow.Year + 1;
        CliResult submit = await cli.RunAsync("submit", "-r", "one.csv", "--agent-id", "a", "--at", $"{year}-12-01 09:30", "--timezone", "Europe/Berlin", "--yes");
        Assert.Equal(0, submit.ExitCode);

        using JsonDocument sent = JsonDocument.Parse(Assert.Single(cli.SubmitBodies));
        Assert.Equal(new DateTimeOffset(year, 12, 1, 8, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), sent.RootElement.GetProperty("scheduled_time_unix").GetInt64());
        Assert.Equal("Europe/Berlin", sent.RootElement.GetProperty("timezone").GetString());
        Assert.Contains("(status pending)", submit.Out);
    }

    [Fact]
    public async Task Ctrl_c_while_watching_stops_watching_but_not_the_batch()
    {
        await using CliHarness cli = await CliHarness.StartAsync(timeScale: 1);
        cli.Dir.Write("people.csv", Csv);
        string id = IdOf(await cli.RunAsync("submit", "-r", "people.csv", "--agent-id", "agent_1", "--yes"));

        using CancellationTokenSource ctrlC = new();
        LiveRun run = CliHarness.Start(cli.Settings(), ctrlC.Token, "watch", id, "--base-url", cli.BaseAddress.ToString());
        // Ctrl+C once the watch has shown its first progress line, so it is surely watching.
        await run.Out.WaitForAsync(": dispatched ", run.Exit);
        await ctrlC.CancelAsync();
        CliResult watch = await run.ResultAsync();

        Assert.Equal(130, watch.ExitCode);
        Assert.Contains($"Stopped watching. Batch call {id} continues; stop it with: cancel {id}", watch.Err);
        CliResult get = await cli.RunAsync("get", id);
        Assert.Contains(": in_progress", get.Out);
    }

    [Fact]
    public async Task Submit_with_watch_follows_to_the_end()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", Csv);
        CliResult run = await cli.RunAsync("submit", "-r", "people.csv", "--agent-id", "a", "--watch", "--yes");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(completed|failed): dispatched 3/3, finished 3/3", run.Out);
        Assert.Contains("Recipients: ", run.Out);
    }

    [Fact]
    public async Task A_bad_file_is_reported_once_and_nothing_is_submitted()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("bad.csv", "phone_number,first-message,visits\n+14155552671,hi,1\nnope,,2\n+14155552671,,3\n");

        CliResult submit = await cli.RunAsync("submit", "-r", "bad.csv", "--agent-id", "a", "--yes");

        Assert.Equal(2, submit.ExitCode);
        Assert.Empty(cli.SubmitBodies);
        Assert.Contains("bad.csv: 3 problems found; nothing was submitted.", submit.Err);
        Assert.Contains("row 1, column 'first-message': unknown column 'first-message': did you mean first_message?", submit.Err);
        Assert.Contains("row 3, column 'phone_number', value 'nope'", submit.Err);
        Assert.Contains("row 4, column 'phone_number', value '+14155552671': duplicate number +14155552671 (already on row 2)", submit.Err);
        Assert.Contains("0 batch calls.", (await cli.RunAsync("list")).Out);
    }

    [Fact]
    public async Task Base_url_without_a_key_is_a_clear_error()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("one.csv", "phone_number\n+14155552671\n");
        CliResult result = await CliHarness.RunAsync(cli.Settings(apiKey: null), CancellationToken.None,
            "submit", "-r", "one.csv", "--agent-id", "a", "--yes", "--base-url", cli.BaseAddress.ToString());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs an API key: set ELEVENLABS_API_KEY", result.Err);
        Assert.Empty(cli.SubmitBodies);
    }

    [Fact]
    public async Task A_wrong_key_is_reported_as_an_api_error()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult result = await CliHarness.RunAsync(cli.Settings(apiKey: "wrong"), CancellationToken.None, "list", "--base-url", cli.BaseAddress.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("API error 401", result.Err);
        Assert.DoesNotContain("wrong", result.Err);
    }

    [Fact]
    public async Task No_arguments_runs_the_bundled_campaign_on_an_in_process_emulator()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult run = await CliHarness.RunAsync(cli.Settings(apiKey: null), CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Demo: the bundled recipients.csv on a local in-process emulator. No API key is used and no real calls are placed", run.Err);
        Assert.Contains("with 25 recipients", run.Out);
        Assert.Matches(@"(completed|failed): dispatched 25/25, finished 25/25", run.Out);
        Assert.Contains("Sample campaign", run.Out);
        Assert.Contains("Giulia Romano", run.Out);
        Assert.Contains("Recipients: ", run.Out);
        Assert.Contains("\"agent_id\":\"agent_demo\"", Assert.Single(cli.SubmitBodies));
    }

    [Fact]
    public async Task Template_writes_csv_and_xlsx()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        CliResult csv = await cli.RunAsync("template");
        CliResult xlsx = await cli.RunAsync("template", "--format", "xlsx", "--out", "mine.xlsx");
        CliResult stdout = await cli.RunAsync("template", "--out", "-");

        Assert.Equal((0, 0, 0), (csv.ExitCode, xlsx.ExitCode, stdout.ExitCode));
        Assert.StartsWith("phone_number,id,name,customer_tier,visits,vip,language,first_message,system_prompt,voice_id", File.ReadAllText(cli.Dir.File("recipients-template.csv")));
        Assert.True(File.Exists(cli.Dir.File("mine.xlsx")));
        Assert.StartsWith("phone_number,", stdout.Out);

        CliResult submit = await cli.RunAsync("submit", "-r", "mine.xlsx", "--agent-id", "a", "--yes");
        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains("with 2 recipients", submit.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("submit", "--help")]
    [InlineData("list", "--help")]
    [InlineData("get", "--help")]
    [InlineData("watch", "--help")]
    [InlineData("cancel", "--help")]
    [InlineData("retry", "--help")]
    [InlineData("delete", "--help")]
    [InlineData("export", "--help")]
    [InlineData("template", "--help")]
    public async Task Help_is_available_everywhere(params string[] args)
    {
        CliResult help = await CliHarness.RunAsync(new CliSettings(), CancellationToken.None, args);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Out);
        Assert.Contains("--base-url", help.Out);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("submit", "--agent-id", "a")]
    [InlineData("template", "--format", "pdf")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        CliResult result = await CliHarness.RunAsync(new CliSettings(), CancellationToken.None, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Err);
    }

    [Theory]
    [InlineData("--at", "yesterday", "is not a date and time")]
    [InlineData("--default-region", "XX", "is not a region code")]
    [InlineData("--concurrency", "0", "--concurrency '0' is not a whole number from 1")]
    public async Task Bad_submit_options_exit_2_before_anything_is_sent(string option, string value, string message)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("one.csv", "phone_number\n+14155552671\n");
        CliResult result = await cli.RunAsync("submit", "-r", "one.csv", "--agent-id", "a", "--yes", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Empty(cli.SubmitBodies);
    }
}
