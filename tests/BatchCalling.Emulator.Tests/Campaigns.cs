using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ElevenLabs;

namespace BatchCalling.Emulator.Tests;

/// <summary>Request builders and bounded polling shared by the tests.</summary>
internal static class Campaigns
{
    public static BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost Request(int recipients, long? concurrency = null, long? scheduledUnix = null, string agentId = "agent_test") => new()
    {
        CallName = "Test campaign",
        AgentId = agentId,
        TargetConcurrencyLimit = concurrency,
        ScheduledTimeUnix = scheduledUnix,
        Recipients = Enumerable.Range(0, recipients).Select(Recipient).ToArray(),
    };

    public static string Phone(int i) => "+1415555" + (1000 + i).ToString(CultureInfo.InvariantCulture);

    public static bool IsInFlight(BatchCallRecipientStatus status) =>
        status.Value is BatchCallRecipientStatus.Values.Dispatched or BatchCallRecipientStatus.Values.Initiated or BatchCallRecipientStatus.Values.InProgress;

    public static bool IsTerminal(BatchCallStatus status) =>
        status.Value is BatchCallStatus.Values.Completed or BatchCallStatus.Values.Failed or BatchCallStatus.Values.Cancelled;

    /// <summary>Polls until the job reaches a terminal status; the 30 s is a safety net, not a timing assertion.</summary>
    public static async Task<BatchCallDetailedResponse> WaitForEndAsync(ConversationalAiBatchCallsClient calls, string id, int timeoutSeconds = 30)
    {
        Stopwatch clock = Stopwatch.StartNew();
        while (true)
        {
            BatchCallDetailedResponse job = await calls.GetAsync(id);
            if (IsTerminal(job.Status))
            {
                return job;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(timeoutSeconds))
            {
                throw new TimeoutException($"Batch {id} still {job.Status} after {timeoutSeconds} s ({job.TotalCallsFinished}/{job.TotalCallsScheduled} finished).");
            }

            await Task.Delay(50);
        }
    }

    private static OutboundCallRecipient Recipient(int i) => new()
    {
        PhoneNumber = Phone(i),
        ConversationInitiationClientData = new()
        {
            DynamicVariables = new()
            {
                ["customer_name"] = $"Customer {i}, \"VIP\"",
                ["visits"] = (long)i,
                ["vip"] = i % 2 == 0,
            },
        },
    };
}
