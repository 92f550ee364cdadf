using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Recipients;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>Safe by default: no silent fake API, a summary and a question before real calls, checks that send nothing.</summary>
public sealed partial class SafetyTests
{
    private const string People =
        "phone_number,name\n" +
        "+12025550143,Ava\n" +
        "+14155550132,Liam\n" +
        "+442079460958,Olivia\n";

    [Theory]
    [InlineData("list")]
    [InlineData("get", "btcal_1")]
    [InlineData("watch", "btcal_1")]
    [InlineData("cancel", "btcal_1")]
    [InlineData("retry", "btcal_1")]
    [InlineData("delete", "btcal_1")]
    [InlineData("export", "btcal_1")]
    [InlineData("results", "btcal_1", "--recipients", "people.csv", "--out", "out.csv")]
    [InlineData("submit", "people.csv", "--agent-id", "a", "--yes")]
    public async Task Without_a_key_or_emulator_every_api_command_exits_2_and_sends_nothing(params string[] args)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);

        CliResult result = await CliHarness.RunAsync(cli.Settings(apiKey: null), CancellationToken.None, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ELEVENLABS_API_KEY", result.Err);
        Assert.Contains("--emulator", result.Err);
        Assert.Contains("Nothing was sent", result.Err);
        Assert.Empty(cli.Requests);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Emulator_runs_a_command_on_a_local_emulator_and_says_so()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);
        CliSettings noKey = cli.Settings(apiKey: null);

        CliResult submit = await CliHarness.RunAsync(noKey, CancellationToken.None, "submit", "people.csv", "--emulator", "--watch");
        CliResult list = await CliHarness.RunAsync(noKey, CancellationToken.None, "list", "--emulator");
        CliResult both = await CliHarness.RunAsync(noKey, CancellationToken.None, "list", "--emulator", "--base-url", cli.BaseAddress.ToString());

        Assert.True(submit.ExitCode is 0 or 3, submit.ToString());
        Assert.Contains("--emulator: a local in-process emulator", submit.Err);
        Assert.DoesNotContain("Place 3 real calls", submit.Err); // fake calls need no confirmation
        Assert.Matches("(completed|failed): dispatched 3/3, finished 3/3", submit.Out);
        Assert.Contains("0 batch calls.", list.Out); // a new emulator per command: it starts empty, and says so
        Assert.Contains("It starts empty and stops when this command ends", list.Err);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--emulator and --base-url exclude each other", both.Err);
        Assert.Empty(await cli.BatchesAsync()); // the harness's API never saw any of it
    }

    [Fact]
    public async Task The_demo_uses_the_local_emulator_even_when_a_key_is_set()
    {
        await using CliHarness cli = await CliHarness.StartAsync();

        CliResult demo = await CliHarness.RunAsync(cli.Settings(), CancellationToken.None);
        CliResult withUrl = await CliHarness.RunAsync(cli.Settings(), CancellationToken.None, "--base-url", cli.BaseAddress.ToString());

        Assert.True(demo.ExitCode is 0 or 3, demo.ToString());
        Assert.Contains("Demo: the bundled recipients.csv on a local in-process emulator", demo.Err);
        Assert.Contains("with 25 recipients", demo.Out);
        Assert.Empty(await cli.BatchesAsync());
        Assert.Equal(2, withUrl.ExitCode);
        Assert.Contains("The demo (no command) runs only on the local emulator", withUrl.Err);
    }

    [Fact]
    public async Task A_real_submit_shows_the_summary_and_refuses_without_a_terminal_or_yes()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);

        CliResult result = await cli.RunAsync("submit", "people.csv", "--agent-id", "agent_7", "--phone-number-id", "phnum_3",
            "--at", $"{DateTime.UtcNow.Year + 1}-03-02 09:30", "--timezone", "Europe/Berlin", "--concurrency", "4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard input is not a terminal", result.Err);
        Assert.Contains("Add --yes to confirm (nothing was sent)", result.Err);
        Assert.Empty(cli.Requests);
        Assert.Contains("3 recipients", result.Out);
        Assert.Contains("Countries:    US 2, GB 1", result.Out);
        Assert.Contains("Agent:        agent_7", result.Out);
        Assert.Contains("Phone number: phnum_3", result.Out);
        Assert.Contains($"Starts:       {DateTime.UtcNow.Year + 1}-03-02 09:30 Europe/Berlin = {DateTime.UtcNow.Year + 1}-03-02 08:30 UTC", result.Out);
        Assert.Contains("Concurrency:  at most 4 calls at once per batch", result.Out);
    }

    [Theory]
    [InlineData("y\n", 0)]
    [InlineData("yes\n", 0)]
    [InlineData("n\n", 2)]
    [InlineData("", 2)]
    public async Task At_a_terminal_the_question_decides(string answer, int exit)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);
        CliSettings terminal = cli.Settings() with { InputIsTerminal = true, Input = new StringReader(answer) };

        CliResult result = await CliHarness.RunAsync(terminal, CancellationToken.None, "submit", "people.csv", "--agent-id", "a", "--base-url", cli.BaseAddress.ToString());

        Assert.Equal(exit, result.ExitCode);
        Assert.Contains("Place 3 real calls now? [y/N]", result.Err);
        Assert.Equal(exit == 0 ? 1 : 0, cli.SubmitBodies.Count);
        Assert.Equal(exit == 0 ? 1 : 0, (await cli.BatchesAsync()).Count);
    }

    [Fact]
    public async Task Validate_and_dry_run_check_everything_and_send_nothing_without_a_key()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);
        cli.Dir.Write("bad.csv", "phone_number\n+12025550143\nnope\n");
        CliSettings noKey = cli.Settings(apiKey: null);

        CliResult validate = await CliHarness.RunAsync(noKey, CancellationToken.None, "validate", "people.csv");
        CliResult dryRun = await CliHarness.RunAsync(noKey, CancellationToken.None, "submit", "people.csv", "--agent-id", "a", "--dry-run");
        CliResult json = await CliHarness.RunAsync(noKey, CancellationToken.None, "validate", "people.csv", "--json", "--concurrency", "2");
        CliResult bad = await CliHarness.RunAsync(noKey, CancellationToken.None, "validate", "bad.csv");
        CliResult noAgent = await CliHarness.RunAsync(noKey, CancellationToken.None, "submit", "people.csv", "--dry-run");

        Assert.Equal((0, 0, 0, 2, 2), (validate.ExitCode, dryRun.ExitCode, json.ExitCode, bad.ExitCode, noAgent.ExitCode));
        Assert.Contains("3 recipients", validate.Out);
        Assert.Contains("Checked; nothing was sent.", validate.Out);
        Assert.Contains("Agent:        (not given; submit needs --agent-id)", validate.Out);
        Assert.Contains("Agent:        a", dryRun.Out);
        using (System.Text.Json.JsonDocument summary = System.Text.Json.JsonDocument.Parse(json.Out))
        {
            Assert.Equal(3, summary.RootElement.GetProperty("recipients").GetInt32());
            Assert.Equal(2, summary.RootElement.GetProperty("countries").GetProperty("US").GetInt32());
            Assert.Equal(2, summary.RootElement.GetProperty("concurrency").GetInt32());
            Assert.True(summary.RootElement.GetProperty("starts_now").GetBoolean());
        }

        Assert.Contains("row 3, column 'phone_number', value 'nope'", bad.Err);
        Assert.Contains("--agent-id is required", noAgent.Err);
        Assert.Empty(cli.Requests);
    }

    // NANP 555-0100..0199; Ofcom's drama ranges (London 020 7946 0xxx; Leeds 0113, Manchester 0161, Edinburgh 0131 … 496 0xxx);
    // ARCEP's 01 99 00; ACMA's 0491 570 156.
    [GeneratedRegex(@"^\+1\d{3}55501\d{2}$|^\+44(?:2079460|1(?:1[3-8]|[2-6]1)4960)\d{3}$|^\+3319900\d{4}$|^\+61491570156$")]
    private static partial Regex Fictional();

    [Fact]
    public void The_bundled_file_and_the_template_use_only_numbers_reserved_for_fiction()
    {
        string bundled = Path.Combine(AppContext.BaseDirectory, "recipients.csv");
        RecipientValidation file = RecipientValidator.ValidateFile(bundled, "US");
        Assert.True(file.IsValid, string.Join("\n", file.Problems));
        Assert.Equal(25, file.Recipients.Count);
        Assert.All(file.Recipients, r => Assert.Matches(Fictional(), r.PhoneNumber));
        Assert.All(TemplateWriter.Examples, row => Assert.Matches(Fictional(), row[0]));
    }
}
