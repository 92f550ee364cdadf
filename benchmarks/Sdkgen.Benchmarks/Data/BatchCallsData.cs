using System.Collections.Generic;
using System.Globalization;
using ElevenLabs;
using Hand = Sdkgen.Benchmarks.HandWritten;

namespace Sdkgen.Benchmarks.Data;

/// <summary>A list page of N jobs, built independently for Sdkgen's records and the hand-written ones from the same values.</summary>
internal static class BatchCallsData
{
    private const string NextDoc = "btcal_cursor_01jx7f4a0b2c4d6e8f0a2b4c6d";
    private const long Epoch = 1_767_225_600;
    private static readonly BatchCallStatus[] Statuses = [BatchCallStatus.Pending, BatchCallStatus.InProgress, BatchCallStatus.Completed, BatchCallStatus.Failed, BatchCallStatus.Cancelled];
    private static readonly Hand.BatchStatus[] HandStatuses = [Hand.BatchStatus.Pending, Hand.BatchStatus.InProgress, Hand.BatchStatus.Completed, Hand.BatchStatus.Failed, Hand.BatchStatus.Cancelled];

    public static WorkspaceBatchCallsResponse ForSdkgen(int jobs)
    {
        List<BatchCallResponse> list = new(jobs);
        for (int i = 0; i < jobs; i++)
        {
            list.Add(new BatchCallResponse
            {
                Id = Id(i),
                PhoneNumberId = PhoneNumberId(i),
                PhoneProvider = i % 2 == 0 ? TelephonyProvider.Twilio : TelephonyProvider.SipTrunk,
                Name = Name(i),
                AgentId = AgentId(i),
                CreatedAtUnix = Created(i),
                ScheduledTimeUnix = Created(i) + 600,
                TotalCallsDispatched = Dispatched(i),
                TotalCallsScheduled = Scheduled(i),
                LastUpdatedAtUnix = Created(i) + 7_200,
                Status = Statuses[i % Statuses.Length],
                RetryCount = i % 3,
                AgentName = "Renewals agent",
                Timezone = Timezone(i),
                TotalCallsFinished = Dispatched(i) / 2,
                TelephonyCallConfig = new TelephonyCallConfig { RingingTimeoutSecs = 60, TwilioCallRecordingEnabled = i % 4 == 0 },
                TargetConcurrencyLimit = ConcurrencyLimit(i),
            });
        }

        return new WorkspaceBatchCallsResponse { BatchCalls = list, NextDoc = NextDoc, HasMore = true };
    }

    public static Hand.BatchCallsPage ForHandWritten(int jobs)
    {
        List<Hand.BatchCall> list = new(jobs);
        for (int i = 0; i < jobs; i++)
        {
            list.Add(new Hand.BatchCall
            {
                Id = Id(i),
                PhoneNumberId = PhoneNumberId(i),
                PhoneProvider = i % 2 == 0 ? Hand.PhoneProvider.Twilio : Hand.PhoneProvider.SipTrunk,
                Name = Name(i),
                AgentId = AgentId(i),
                CreatedAtUnix = Created(i),
                ScheduledTimeUnix = Created(i) + 600,
                TotalCallsDispatched = Dispatched(i),
                TotalCallsScheduled = Scheduled(i),
                LastUpdatedAtUnix = Created(i) + 7_200,
                Status = HandStatuses[i % HandStatuses.Length],
                RetryCount = i % 3,
                AgentName = "Renewals agent",
                Timezone = Timezone(i),
                TotalCallsFinished = Dispatched(i) / 2,
                TelephonyCallConfig = new Hand.CallConfig { RingingTimeoutSecs = 60, TwilioCallRecordingEnabled = i % 4 == 0 },
                TargetConcurrencyLimit = ConcurrencyLimit(i),
            });
        }

        return new Hand.BatchCallsPage { BatchCalls = list, NextDoc = NextDoc, HasMore = true };
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"btcal_01jx7f{i:D6}c9e8b2d4a6f0");

    private static string PhoneNumberId(int i) => string.Create(CultureInfo.InvariantCulture, $"phnum_01jx7f{i % 7:D6}a9c4e6b8d0");

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"Renewals wave {i}");

    private static string AgentId(int i) => string.Create(CultureInfo.InvariantCulture, $"agent_01jx7f{i % 5:D6}e8b2d4a6f0");

    private static long Created(int i) => Epoch + i * 3_600L;

    private static long Scheduled(int i) => 500 + i * 10L;

    private static long Dispatched(int i) => i * 7L % Scheduled(i);

    private static string? Timezone(int i) => i % 2 == 0 ? "America/New_York" : null;

    private static long? ConcurrencyLimit(int i) => i % 3 == 0 ? null : 10 + i % 20;
}
