using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator.Faults;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>Surviving a flaky API, end to end over loopback with the emulator's injected faults.</summary>
public sealed class FlakyApiTests
{
    private const string People =
        "phone_number,name\n" +
        "+12025550143,Ava\n" +
        "+14155550132,Liam\n" +
        "+442079460958,Olivia\n";

    private static FaultOptions Always(FaultKind kind, params string[] methods) =>
        new() { Rate = 1, Kinds = [kind], Methods = methods, RetryAfterSeconds = 0 };

    [Fact]
    public async Task A_campaign_through_429s_503s_and_dropped_connections_creates_exactly_one_batch()
    {
        // Seed 61 at 30 %: the submit's connection drops after the batch was created, then the GETs that look for
        // it and poll it meet a drop, a 503 and a 429 among others.
        FaultOptions faults = new() { Rate = 0.3, Seed = 61, RetryAfterSeconds = 0 };
        await using CliHarness cli = await CliHarness.StartAsync(faults: faults);
        cli.Dir.Write("people.csv", People);

        CliResult run = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "Flaky", "--yes", "--watch");

        Assert.True(run.ExitCode == 0, run.ToString());
        InjectedFault first = cli.Emulator.InjectedFaults[0];
        Assert.Equal(("POST", FaultKind.DroppedConnection), (first.Method, first.Kind));
        Assert.Equal(
            [FaultKind.TooManyRequests, FaultKind.ServiceUnavailable, FaultKind.DroppedConnection],
            cli.Emulator.InjectedFaults.Where(f => f.Method == "GET").Select(f => f.Kind).Distinct().Order());
        Assert.Single(cli.SubmitBodies);
        ElevenLabs.BatchCallResponse batch = Assert.Single(await cli.BatchesAsync());
        Assert.Contains($"It went through: batch call {batch.Id} \"Flaky\"", run.Err);
        Assert.Contains("retrying in", run.Err);
        Assert.Contains("completed: dispatched 3/3, finished 3/3", run.Out);
    }

    [Theory]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.DroppedConnection)]
    public async Task List_and_get_survive_faults_with_backoff(FaultKind kind)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);
        string id = TestIds.Of(await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes"));
        // Every other request gets the fault (seeded, so the same ones every run).
        cli.Emulator.Faults = new FaultOptions { Rate = 0.5, Kinds = [kind], RetryAfterSeconds = 0, Seed = 5 };

        CliResult list = await cli.RunAsync("list", "--page-size", "1");
        CliResult get = await cli.RunAsync("get", id);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(id, list.Out);
        Assert.True(get.ExitCode is 0 or 3, get.ToString());
        Assert.Contains("Recipients: ", get.Out);
        Assert.NotEmpty(cli.Emulator.InjectedFaults);
        Assert.Contains("retrying in", list.Err + get.Err);
    }

    [Fact]
    public async Task A_get_waits_as_Retry_After_says_before_retrying()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Emulator.Faults = Always(FaultKind.ServiceUnavailable, "GET") with { RetryAfterSeconds = 1 };

        LiveRun run = CliHarness.Start(cli.Settings(), CancellationToken.None, "list", "--base-url", cli.BaseAddress.ToString());
        while (cli.Emulator.InjectedFaults.Count == 0)
        {
            await Task.Delay(5);
        }

        cli.Emulator.Faults = FaultOptions.None;
        CliResult list = await run.ResultAsync();

        Assert.Equal(0, list.ExitCode);
        // The pipeline's own pause here is 5 ms: "1 s" is the Retry-After.
        Assert.Contains("GET /v1/convai/batch-calling/workspace: answered 503 Service Unavailable; retrying in 1 s (retry 1 of 6).", list.Err);
        Assert.Contains("0 batch calls.", list.Out);
    }

    [Fact]
    public async Task Ctrl_c_during_a_submit_in_flight_says_the_batch_may_exist()
    {
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(FaultKind.Timeout, "POST"));
        cli.Dir.Write("people.csv", People);
        using CancellationTokenSource ctrlC = new();

        LiveRun run = CliHarness.Start(cli.Settings(), ctrlC.Token, "submit", "people.csv", "--agent-id", "a", "--name", "Spring", "--yes", "--base-url", cli.BaseAddress.ToString());
        while (cli.Emulator.InjectedFaults.Count == 0)
        {
            await Task.Delay(5);
        }

        await ctrlC.CancelAsync();
        CliResult submit = await run.ResultAsync();

        Assert.Equal(130, submit.ExitCode);
        Assert.Contains("Interrupted while submitting \"Spring\": it may or may not have been created. Check with: list --agent-id a", submit.Err);
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", People);
        string id = TestIds.Of(await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes"));
        cli.Emulator.Faults = Always(FaultKind.Timeout, "GET");

        LiveRun run = CliHarness.Start(cli.Settings(), CancellationToken.None, "get", id, "--timeout", "1", "--base-url", cli.BaseAddress.ToString());
        // The first GET is held without an answer; once it is, the API recovers and the retry gets through.
        while (cli.Emulator.InjectedFaults.Count == 0)
        {
            await Task.Delay(5);
        }

        cli.Emulator.Faults = FaultOptions.None;
        CliResult get = await run.ResultAsync();

        Assert.True(get.ExitCode is 0 or 3, get.ToString());
        Assert.Contains("no answer in time; retrying in", get.Err);
        Assert.Contains(id, get.Out);
    }

    [Fact]
    public async Task Watch_keeps_going_through_an_outage_and_says_so()
    {
        FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
        await using CliHarness cli = await CliHarness.StartAsync(timeScale: 1, clock: clock);
        cli.Dir.Write("people.csv", People);
        string id = TestIds.Of(await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes"));
        CliSettings settings = cli.Settings() with { MaxRetries = 1 };

        LiveRun run = CliHarness.Start(settings, CancellationToken.None, "watch", id, "--base-url", cli.BaseAddress.ToString());
        await run.Out.WaitForAsync("in_progress: dispatched", run.Exit);
        cli.Emulator.Faults = Always(FaultKind.ServiceUnavailable, "GET");
        await run.Err.WaitForAsync("still watching, trying again in", run.Exit);
        cli.Emulator.Faults = FaultOptions.None;
        await run.Err.WaitForAsync("The API answers again; still watching.", run.Exit);
        clock.Advance(TimeSpan.FromHours(1)); // every call ends
        CliResult watch = await run.ResultAsync();

        Assert.True(watch.ExitCode is 0 or 3, watch.ToString());
        Assert.Contains("The API is not answering (answered 503 Service Unavailable)", watch.Err);
        Assert.Matches("(completed|failed): dispatched 3/3, finished 3/3", watch.Out);
    }

    [Fact]
    public async Task A_429_on_submit_waits_as_Retry_After_says_then_sends_again()
    {
        FakeTimeProvider cliClock = new(DateTimeOffset.UtcNow);
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(FaultKind.TooManyRequests, "POST") with { RetryAfterSeconds = 30 });
        cli.Dir.Write("people.csv", People);
        DateTimeOffset refused = cliClock.GetUtcNow();

        LiveRun run = CliHarness.Start(cli.Settings() with { Time = cliClock }, CancellationToken.None,
            "submit", "people.csv", "--agent-id", "a", "--yes", "--base-url", cli.BaseAddress.ToString());
        await run.Err.WaitForAsync("sending it again in 30 s, as Retry-After asks", run.Exit);
        cli.Emulator.Faults = FaultOptions.None;
        // Move the CLI's clock a second at a time: the second send may come no earlier than 30 s after the refusal.
        while (cli.SubmitBodies.Count < 2 && !run.Exit.IsCompleted)
        {
            cliClock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        CliResult submit = await run.ResultAsync();

        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.InRange(cliClock.GetUtcNow() - refused, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(40));
        Assert.Equal(2, cli.SubmitBodies.Count);
        Assert.Single(await cli.BatchesAsync());
    }

    [Fact]
    public async Task A_503_on_submit_is_not_resent_and_when_nothing_was_created_says_how_to_resubmit()
    {
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(FaultKind.ServiceUnavailable, "POST"));
        cli.Dir.Write("people.csv", People);

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "Spring", "--yes");

        Assert.Equal(1, submit.ExitCode);
        Assert.Single(cli.SubmitBodies);
        Assert.Contains("Submitting \"Spring\" failed (answered 503 Service Unavailable)", submit.Err);
        Assert.Contains("not sent again blindly", submit.Err);
        Assert.Contains("No batch named \"Spring\" was created", submit.Err);
        Assert.Contains($"It is safe to submit again:\n  submit people.csv --agent-id a --name Spring --yes --base-url {cli.BaseAddress}", submit.Err.ReplaceLineEndings("\n"));
        Assert.Empty(await cli.BatchesAsync());
    }

    [Theory]
    [InlineData(FaultKind.DroppedConnection, "connection failed")]
    [InlineData(FaultKind.Timeout, "no answer in time")]
    public async Task A_submit_whose_answer_is_lost_finds_the_batch_it_created(FaultKind kind, string why)
    {
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(kind, "POST"));
        cli.Dir.Write("people.csv", People);

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "Spring", "--yes", "--timeout", "1");

        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Single(cli.SubmitBodies);
        ElevenLabs.BatchCallResponse batch = Assert.Single(await cli.BatchesAsync());
        Assert.Contains(why, submit.Err);
        Assert.Contains($"It went through: batch call {batch.Id} \"Spring\"", submit.Err);
        Assert.Contains($"Submitted batch call {batch.Id}", submit.Out);
    }

    [Fact]
    public async Task When_the_submit_and_the_search_both_fail_the_outcome_is_reported_unknown()
    {
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(FaultKind.DroppedConnection));
        cli.Dir.Write("people.csv", People);

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--name", "Spring", "--yes");

        Assert.Equal(5, submit.ExitCode);
        Assert.Single(cli.SubmitBodies);
        Assert.Contains("Could not look for it either", submit.Err);
        Assert.Contains("check whether a batch named \"Spring\" exists: list --agent-id a", submit.Err);
        Assert.Single(await cli.BatchesAsync());
    }

    [Fact]
    public async Task A_command_that_runs_out_of_time_or_is_interrupted_ends_with_one_line()
    {
        await using CliHarness cli = await CliHarness.StartAsync(faults: Always(FaultKind.Timeout, "GET"));
        CliSettings settings = cli.Settings() with { MaxRetries = 1 };

        CliResult timedOut = await CliHarness.RunAsync(settings, CancellationToken.None, "list", "--timeout", "0.5", "--base-url", cli.BaseAddress.ToString());

        int before = cli.Emulator.InjectedFaults.Count;
        using CancellationTokenSource ctrlC = new();
        LiveRun run = CliHarness.Start(settings, ctrlC.Token, "list", "--base-url", cli.BaseAddress.ToString());
        // Ctrl+C once the list's request is being held unanswered.
        while (cli.Emulator.InjectedFaults.Count == before)
        {
            await Task.Delay(5);
        }

        await ctrlC.CancelAsync();
        CliResult interrupted = await run.ResultAsync();

        Assert.Equal(1, timedOut.ExitCode);
        Assert.EndsWith("Cannot reach the API: no answer in time. Try again later, or raise --timeout if it is slow.", timedOut.Err.TrimEnd());
        Assert.Equal(130, interrupted.ExitCode);
        Assert.Equal("Interrupted.", interrupted.Err.Trim());
        Assert.DoesNotContain("   at ", timedOut.Err + interrupted.Err);
    }

    [Fact]
    public async Task A_locked_file_is_a_one_line_error()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        string people = cli.Dir.Write("people.csv", People);
        string id = TestIds.Of(await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes"));
        string target = cli.Dir.Write("out.csv", "old");

        CliResult submit, export;
        using (new FileStream(people, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        using (new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes");
            export = await cli.RunAsync("export", id, "--out", "out.csv");
        }

        Assert.Equal(2, submit.ExitCode);
        Assert.StartsWith($"Cannot read {people}: ", submit.Err);
        Assert.Single(submit.Err.TrimEnd().Split('\n'));
        Assert.Equal(1, export.ExitCode);
        Assert.StartsWith($"File error: Cannot write {target}: ", export.Err);
        Assert.Single(export.Err.TrimEnd().Split('\n'));
        Assert.Equal("old", File.ReadAllText(target));
        Assert.False(File.Exists(target + ".partial"));
    }
}
