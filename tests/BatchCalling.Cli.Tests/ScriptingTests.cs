using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BatchCalling.Cli.Recipients;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>Scriptable: --json keeps stdout for JSON, exit codes tell the outcome, results merges into the user's file.</summary>
public sealed class ScriptingTests
{
    private const string People =
        "phone_number,name\n" +
        "+12025550143,Ava\n" +
        "+14155550132,Liam\n" +
        "+442079460958,Olivia\n";

    [Fact]
    public async Task Json_on_submit_list_get_and_watch_prints_only_json_to_stdout()
    {
        await using CliHarness cli = await CliHarness.StartAsync(failureRate: 0, noAnswerRate: 0);
        cli.Dir.Write("people.csv", People);

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "J", "--yes", "--json");
        string id = JsonDocument.Parse(submit.Out).RootElement.GetProperty("id").GetString()!;
        CliResult watch = await cli.RunAsync("watch", id, "--json");
        CliResult get = await cli.RunAsync("get", id, "--json");
        CliResult list = await cli.RunAsync("list", "--json");
        CliResult both = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "K", "--yes", "--json", "--watch");

        Assert.All(new[] { submit, watch, get, list, both }, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Contains("Batch call \"J\": 3 recipients", submit.Err); // the summary goes to stderr with --json
        using (JsonDocument created = JsonDocument.Parse(submit.Out))
        {
            Assert.Equal(("J", 3), (created.RootElement.GetProperty("name").GetString(), created.RootElement.GetProperty("total").GetInt32()));
        }

        // watch: one object per change, the last one the ended batch with its recipients.
        JsonElement[] lines = [.. Lines(watch.Out).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal("completed", lines[^1].GetProperty("status").GetString());
        Assert.Equal(3, lines[^1].GetProperty("recipients").GetArrayLength());
        Assert.Equal(3, lines[^1].GetProperty("recipient_counts").GetProperty("completed").GetInt32());
        Assert.All(lines[..^1], l => Assert.False(l.TryGetProperty("recipients", out _)));

        JsonElement job = JsonDocument.Parse(get.Out).RootElement;
        Assert.Equal(id, job.GetProperty("id").GetString());
        JsonElement ava = job.GetProperty("recipients")[0];
        Assert.Equal(("+12025550143", "completed"), (ava.GetProperty("phone_number").GetString(), ava.GetProperty("status").GetString()));
        Assert.StartsWith("conv_", ava.GetProperty("conversation_id").GetString());
        Assert.EndsWith("Z", ava.GetProperty("updated_at").GetString());

        JsonElement[] all = [.. JsonDocument.Parse(list.Out).RootElement.EnumerateArray()];
        Assert.Contains(all, b => b.GetProperty("id").GetString() == id);

        JsonElement[] submitAndWatch = [.. Lines(both.Out).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal("K", submitAndWatch[0].GetProperty("name").GetString());
        Assert.Equal("completed", submitAndWatch[^1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Watch_and_get_exit_3_for_a_failed_batch_and_4_for_a_cancelled_one()
    {
        await using CliHarness failing = await CliHarness.StartAsync(failureRate: 1, noAnswerRate: 0);
        failing.Dir.Write("people.csv", People);
        string failedId = TestIds.Of(await failing.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes"));
        CliResult watchFailed = await failing.RunAsync("watch", failedId);
        CliResult getFailed = await failing.RunAsync("get", failedId);
        CliResult submitFailed = await failing.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "again", "--yes", "--watch");

        await using CliHarness slow = await CliHarness.StartAsync(timeScale: 1);
        slow.Dir.Write("people.csv", People);
        string cancelledId = TestIds.Of(await slow.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes", "--concurrency", "1"));
        Assert.Equal(0, (await slow.RunAsync("cancel", cancelledId)).ExitCode);
        CliResult getCancelled = await slow.RunAsync("get", cancelledId);
        CliResult watchCancelled = await slow.RunAsync("watch", cancelledId);

        Assert.Equal((3, 3, 3), (watchFailed.ExitCode, getFailed.ExitCode, submitFailed.ExitCode));
        Assert.Contains(": failed", getFailed.Out);
        Assert.Equal((4, 4), (getCancelled.ExitCode, watchCancelled.ExitCode));
    }

    [Fact]
    public async Task Watch_polls_the_list_for_counters_and_reads_recipients_only_at_the_start_and_the_end()
    {
        await using CliHarness cli = await CliHarness.StartAsync(timeScale: 100);
        cli.Dir.Write("people.csv", People);
        string id = TestIds.Of(await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes", "--concurrency", "1"));
        cli.Requests.Clear();

        CliResult watch = await cli.RunAsync("watch", id, "--poll-interval", "0.05");
        CliResult bad = await cli.RunAsync("watch", id, "--poll-interval", "soon");

        Assert.True(watch.ExitCode is 0 or 3, watch.ToString());
        Assert.Equal(2, cli.Requests.Count(r => r == $"GET /v1/convai/batch-calling/{id}"));
        Assert.True(cli.Requests.Count(r => r.StartsWith("GET /v1/convai/batch-calling/workspace", StringComparison.Ordinal)) >= 2, string.Join("\n", cli.Requests));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--poll-interval 'soon' is not a number of seconds", bad.Err);
    }

    [Fact]
    public async Task Results_writes_the_users_csv_back_with_status_conversation_and_time_per_row()
    {
        await using CliHarness cli = await CliHarness.StartAsync(failureRate: 0, noAnswerRate: 0);
        // The user's own layout: ';' separators, national numbers, an accent, a row that was never submitted.
        cli.Dir.Write("sent.csv", "phone_number;name\n(202) 555-0143;Zoë\n+1 415 555 0132;Liam\n");
        cli.Dir.Write("mine.csv", "name;phone_number;notes\nZoë;(202) 555-0143;vip\nLiam;415-555-0132;\nNew;+14155550199;later\n");
        string id = TestIds.Of(await cli.RunAsync("submit", "sent.csv", "--agent-id", "a", "--yes", "--watch"));

        CliResult results = await cli.RunAsync("results", id, "--recipients", "mine.csv", "--out", "mine-results.csv");

        Assert.True(results.ExitCode == 0, results.ToString());
        Assert.Contains("2 of 3 recipients matched; not in the batch: row 4", results.Out);
        byte[] bytes = File.ReadAllBytes(cli.Dir.File("mine-results.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]); // a BOM, so Excel reads "Zoë" right
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name;phone_number;notes;status;conversation_id;updated_at", lines[0]);
        Assert.Matches(@"^Zoë;\(202\) 555-0143;vip;completed;conv_[0-9a-f]{16};\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", lines[1]);
        Assert.Matches(@"^Liam;415-555-0132;;completed;conv_", lines[2]);
        Assert.Equal("New;+14155550199;later;;;", lines[3]);

        // Run again on its own output: the columns are updated, not added twice.
        CliResult again = await cli.RunAsync("results", id, "--recipients", "mine-results.csv", "--out", "mine-results.csv");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(lines[0], File.ReadAllLines(cli.Dir.File("mine-results.csv"), Encoding.UTF8)[0]);
    }

    [Fact]
    public async Task Results_writes_xlsx_keeping_cell_types()
    {
        await using CliHarness cli = await CliHarness.StartAsync(failureRate: 0, noAnswerRate: 0);
        XlsxFixture.Write(cli.Dir.File("mine.xlsx"),
        [
            [Xl.S("phone_number"), Xl.S("name"), Xl.S("visits")],
            [Xl.N("12025550143"), Xl.S("Ava"), Xl.N("3")],
        ]);
        string id = TestIds.Of(await cli.RunAsync("submit", "mine.xlsx", "--agent-id", "a", "--yes", "--watch"));

        CliResult results = await cli.RunAsync("results", id, "-r", "mine.xlsx", "-o", "out.xlsx");
        CliResult xls = await cli.RunAsync("results", id, "-r", "mine.xlsx", "-o", "out.xls");

        Assert.True(results.ExitCode == 0, results.ToString());
        RecipientTable table = RecipientFileReader.Read(cli.Dir.File("out.xlsx"), []);
        Assert.Equal(["phone_number", "name", "visits", "status", "conversation_id", "updated_at"], table.Headers);
        RawRow row = Assert.Single(table.Rows);
        Assert.Equal(3.0, row.Cells[2].Typed); // still a number
        Assert.Equal("completed", row.Cells[3].Text);
        Assert.Equal(2, xls.ExitCode);
        Assert.Contains(".xls cannot be written", xls.Err);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
