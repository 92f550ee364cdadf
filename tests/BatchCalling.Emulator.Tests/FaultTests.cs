using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator.Faults;
using ElevenLabs;
using Sdkgen.Runtime;
using Xunit;

namespace BatchCalling.Emulator.Tests;

/// <summary>Injected faults: what each kind does to a request, and that the choice is repeatable.</summary>
public sealed class FaultTests
{
    private static FaultOptions Always(FaultKind kind, params string[] methods) =>
        new() { Rate = 1, Kinds = [kind], Methods = methods, RetryAfterSeconds = 7 };

    [Theory]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task Refusals_carry_Retry_After_and_create_nothing(FaultKind kind, HttpStatusCode status)
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(faults: Always(kind, "POST"));

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.CreateAsync(Campaigns.Request(2)));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(["7"], error.Headers["Retry-After"]);
        Assert.Empty((await session.BatchCalls.ListAsync()).BatchCalls); // GET is not in the fault's methods
        InjectedFault fault = Assert.Single(session.Emulator.InjectedFaults);
        Assert.Equal((1L, "POST", "/v1/convai/batch-calling/submit", kind), (fault.Request, fault.Method, fault.Path, fault.Kind));
    }

    [Fact]
    public async Task A_dropped_connection_comes_after_the_batch_was_created()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(faults: Always(FaultKind.DroppedConnection, "POST"));

        await Assert.ThrowsAsync<HttpRequestException>(() => session.BatchCalls.CreateAsync(Campaigns.Request(2)));

        BatchCallResponse created = Assert.Single((await session.BatchCalls.ListAsync()).BatchCalls);
        Assert.Equal("Test campaign", created.Name);
    }

    [Fact]
    public async Task A_timeout_fault_creates_the_batch_and_never_answers()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(faults: Always(FaultKind.Timeout, "POST"));
        using CancellationTokenSource giveUp = new();

        Task<BatchCallResponse> submit = session.BatchCalls.CreateAsync(Campaigns.Request(2), giveUp.Token);
        // Give up only once the batch exists (GETs get no faults), so the test does not depend on timing.
        while ((await session.BatchCalls.ListAsync()).BatchCalls.Count == 0)
        {
            await Task.Delay(10);
        }

        Assert.False(submit.IsCompleted);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => submit);
        Assert.Equal(FaultKind.Timeout, Assert.Single(session.Emulator.InjectedFaults).Kind);
    }

    [Fact]
    public async Task The_same_seed_faults_the_same_requests_and_faults_can_be_switched_off_while_running()
    {
        FaultOptions faults = new() { Rate = 0.5, Kinds = [FaultKind.TooManyRequests, FaultKind.ServiceUnavailable], RetryAfterSeconds = 0, Seed = 3 };
        string[] first = await FaultedRequestsAsync(faults);
        string[] second = await FaultedRequestsAsync(faults);

        Assert.Equal(first, second);
        Assert.InRange(first.Length, 1, 19); // some, not all, of the 20 requests
        Assert.Contains(first, f => f.EndsWith("TooManyRequests", StringComparison.Ordinal));
        Assert.Contains(first, f => f.EndsWith("ServiceUnavailable", StringComparison.Ordinal));

        await using EmulatorSession session = await EmulatorSession.StartAsync(faults: faults with { Rate = 1 });
        await Assert.ThrowsAnyAsync<ApiException>(() => session.BatchCalls.ListAsync());
        session.Emulator.Faults = FaultOptions.None;
        Assert.Empty((await session.BatchCalls.ListAsync()).BatchCalls);
    }

    private static async Task<string[]> FaultedRequestsAsync(FaultOptions faults)
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(faults: faults);
        for (int i = 0; i < 20; i++)
        {
            try
            {
                await session.BatchCalls.ListAsync();
            }
            catch (ApiException)
            {
                // Expected for the faulted ones.
            }
        }

        return [.. session.Emulator.InjectedFaults.Select(f => $"{f.Request} {f.Kind}")];
    }
}
