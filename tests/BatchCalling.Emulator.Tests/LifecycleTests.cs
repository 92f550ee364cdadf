using System;
using System.Linq;
using System.Threading.Tasks;
using ElevenLabs;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BatchCalling.Emulator.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task A_campaign_completes_with_consistent_counters()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1000);

        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(25, concurrency: 5));
        BatchCallDetailedResponse done = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        Assert.Equal(BatchCallStatus.Completed, done.Status);
        Assert.Equal(25, done.TotalCallsScheduled);
        Assert.Equal(25, done.TotalCallsDispatched);
        Assert.Equal(25, done.TotalCallsFinished);
        Assert.Equal(0, done.RetryCount);
        Assert.Equal(25, done.Recipients.Count);
        Assert.All(done.Recipients, r =>
        {
            Assert.Contains(r.Status, new[] { BatchCallRecipientStatus.Completed, BatchCallRecipientStatus.Failed, BatchCallRecipientStatus.Voicemail });
            Assert.NotNull(r.ConversationId);
            Assert.InRange(r.UpdatedAtUnix, done.CreatedAtUnix + 20, done.LastUpdatedAtUnix);
        });
        Assert.Equal(done.Recipients.Max(r => r.UpdatedAtUnix), done.LastUpdatedAtUnix);
        Assert.Equal(Enumerable.Range(0, 25).Select(Campaigns.Phone), done.Recipients.Select(r => r.PhoneNumber));
    }

    [Fact]
    public async Task A_job_whose_every_call_fails_ends_failed()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1000, failureRate: 1, noAnswerRate: 0);

        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(4));
        BatchCallDetailedResponse done = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        Assert.Equal(BatchCallStatus.Failed, done.Status);
        Assert.All(done.Recipients, r => Assert.Equal(BatchCallRecipientStatus.Failed, r.Status));
    }

    [Fact]
    public async Task A_job_scheduled_in_the_future_stays_pending_then_runs()
    {
        FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1, clock: clock);
        long scheduled = clock.GetUtcNow().ToUnixTimeSeconds() + 300;

        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(3, scheduledUnix: scheduled));
        Assert.Equal(BatchCallStatus.Pending, created.Status);
        Assert.Equal(scheduled, created.ScheduledTimeUnix);

        clock.Advance(TimeSpan.FromSeconds(299));
        BatchCallDetailedResponse waiting = await session.BatchCalls.GetAsync(created.Id);
        Assert.Equal(BatchCallStatus.Pending, waiting.Status);
        Assert.Equal(0, waiting.TotalCallsDispatched);
        Assert.All(waiting.Recipients, r => Assert.Equal(BatchCallRecipientStatus.Pending, r.Status));

        clock.Advance(TimeSpan.FromHours(1));
        BatchCallDetailedResponse done = await session.BatchCalls.GetAsync(created.Id);
        Assert.Equal(BatchCallStatus.Completed, done.Status);
        Assert.All(done.Recipients, r => Assert.True(r.UpdatedAtUnix >= scheduled + 20));
    }

    [Fact]
    public async Task In_flight_calls_never_exceed_the_concurrency_limit()
    {
        FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1, clock: clock);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(30, concurrency: 3));

        int maxSeen = 0;
        BatchCallDetailedResponse job;
        do
        {
            job = await session.BatchCalls.GetAsync(created.Id);
            int inFlight = job.Recipients.Count(r => Campaigns.IsInFlight(r.Status));
            Assert.InRange(inFlight, 0, 3);
            Assert.Equal(job.TotalCallsDispatched - job.TotalCallsFinished, inFlight);
            maxSeen = Math.Max(maxSeen, inFlight);
            clock.Advance(TimeSpan.FromSeconds(5));
        }
        while (!Campaigns.IsTerminal(job.Status));

        Assert.Equal(BatchCallStatus.Completed, job.Status);
        Assert.Equal(3, maxSeen); // the limit is actually used, not just respected
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_outcomes()
    {
        string[] first = await OutcomesAsync(seed: 7);
        string[] second = await OutcomesAsync(seed: 7);
        string[] otherSeed = await OutcomesAsync(seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(first, o => o.StartsWith("Failed", StringComparison.Ordinal));
        Assert.Contains(first, o => o.StartsWith("Voicemail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_thousand_recipients_finish_at_time_scale_1000()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1000);

        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(1000, concurrency: 50));
        BatchCallDetailedResponse done = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        Assert.Equal(BatchCallStatus.Completed, done.Status);
        Assert.Equal(1000, done.TotalCallsFinished);
    }

    private static async Task<string[]> OutcomesAsync(int seed)
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1000, seed: seed, failureRate: 0.2, noAnswerRate: 0.2);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(40, concurrency: 8));
        BatchCallDetailedResponse done = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        // Durations are seeded too, so the simulated finishing offsets must match as well.
        return done.Recipients.Select(r => $"{r.Status} +{r.UpdatedAtUnix - done.CreatedAtUnix}").ToArray();
    }
}
