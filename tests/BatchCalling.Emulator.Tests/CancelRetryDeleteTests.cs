using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using ElevenLabs;
using Sdkgen.Runtime;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BatchCalling.Emulator.Tests;

public sealed class CancelRetryDeleteTests
{
    [Fact]
    public async Task Cancel_mid_run_stops_dispatching()
    {
        FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1, clock: clock);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(20, concurrency: 2));
        clock.Advance(TimeSpan.FromSeconds(5)); // two calls placed; none has ended (calls last 20-90 s)

        BatchCallResponse cancelled = await session.BatchCalls.CancelAsync(created.Id);
        Assert.Equal(BatchCallStatus.Cancelled, cancelled.Status);

        BatchCallDetailedResponse right = await session.BatchCalls.GetAsync(created.Id);
        clock.Advance(TimeSpan.FromSeconds(150)); // every placed call has ended
        BatchCallDetailedResponse later = await session.BatchCalls.GetAsync(created.Id);

        Assert.Equal(BatchCallStatus.Cancelled, later.Status);
        Assert.Equal(2, cancelled.TotalCallsDispatched);
        Assert.Equal(2, later.TotalCallsDispatched);
        Assert.Equal(2, later.TotalCallsFinished);
        Assert.Equal(18, right.Recipients.Count(r => r.Status == BatchCallRecipientStatus.Cancelled));
        Assert.Equal(2, right.Recipients.Count(r => Campaigns.IsInFlight(r.Status)));
        Assert.DoesNotContain(later.Recipients, r => r.Status == BatchCallRecipientStatus.Pending || Campaigns.IsInFlight(r.Status));
    }

    [Fact]
    public async Task Cancelling_a_finished_job_is_a_conflict()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(2));
        await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.CancelAsync(created.Id));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Contains("already completed", error.ResponseBody);
    }

    [Fact]
    public async Task Retry_redispatches_exactly_the_failed_and_unanswered()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(failureRate: 0.3, noAnswerRate: 0.3);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(20, concurrency: 4));
        BatchCallDetailedResponse first = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);
        HashSet<string> again = first.Recipients
            .Where(r => r.Status is BatchCallRecipientStatus.Failed or BatchCallRecipientStatus.Voicemail)
            .Select(r => r.Id).ToHashSet();
        Assert.NotEmpty(again);

        BatchCallResponse retried = await session.BatchCalls.RetryAsync(created.Id);
        Assert.Equal(BatchCallStatus.InProgress, retried.Status);
        Assert.Equal(1, retried.RetryCount);

        BatchCallDetailedResponse second = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);
        Assert.Equal(1, second.RetryCount);
        Assert.Equal(20 + again.Count, second.TotalCallsDispatched);
        Assert.Equal(20 + again.Count, second.TotalCallsFinished);
        foreach (OutboundCallRecipientResponseModel before in first.Recipients.Where(r => !again.Contains(r.Id)))
        {
            // Untouched: same status, same conversation, same timestamp. (Not record equality: the echoed
            // dynamic variables are a JsonElement, which compares by reference.)
            OutboundCallRecipientResponseModel after = second.Recipients.Single(r => r.Id == before.Id);
            Assert.Equal((before.Status, before.ConversationId, before.UpdatedAtUnix), (after.Status, after.ConversationId, after.UpdatedAtUnix));
        }

        Assert.All(second.Recipients.Where(r => again.Contains(r.Id)), r => Assert.True(r.UpdatedAtUnix > first.LastUpdatedAtUnix));
    }

    [Fact]
    public async Task Retry_is_refused_while_running()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(timeScale: 1);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(2));

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.RetryAsync(created.Id));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Contains("in_progress", error.ResponseBody);
    }

    [Fact]
    public async Task Delete_then_404()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(2));

        await session.BatchCalls.DeleteAsync(created.Id);

        ApiException get = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.GetAsync(created.Id));
        ApiException again = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.DeleteAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await session.BatchCalls.ListAsync()).BatchCalls);
    }
}
