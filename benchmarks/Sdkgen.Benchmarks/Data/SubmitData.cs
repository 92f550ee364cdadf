using System.Collections.Generic;
using System.Globalization;
using ElevenLabs;
using Hand = Sdkgen.Benchmarks.HandWritten;
using DynamicVariable = ElevenLabs.ConversationInitiationClientDataRequestInputDynamicVariables;

namespace Sdkgen.Benchmarks.Data;

/// <summary>The submit body with N recipients, built independently for Sdkgen's records and the hand-written ones from the same values.</summary>
internal static class SubmitData
{
    private const string CallName = "Spring renewals";
    private const string AgentId = "agent_01jx7f3c9e8b2d4a6f0c1e5b7d";
    private const long ScheduledTimeUnix = 1_767_225_600;
    private const string AgentPhoneNumberId = "phnum_01jx7f3d2a9c4e6b8d0f2a4c6e";
    private const string Timezone = "Europe/Berlin";
    private static readonly string[] Tiers = ["bronze", "silver", "gold", "platinum"];

    public static BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost ForSdkgen(int recipients)
    {
        List<OutboundCallRecipient> list = new(recipients);
        for (int i = 0; i < recipients; i++)
        {
            list.Add(new OutboundCallRecipient
            {
                PhoneNumber = Phone(i),
                ConversationInitiationClientData = new ConversationInitiationClientDataRequestInput
                {
                    DynamicVariables = new Dictionary<string, DynamicVariable?>
                    {
                        ["name"] = DynamicVariable.FromString(Name(i)),
                        ["customer_tier"] = DynamicVariable.FromString(Tier(i)),
                        ["visits"] = DynamicVariable.FromInteger(Visits(i)),
                        ["score"] = DynamicVariable.FromNumber(Score(i)),
                        ["vip"] = DynamicVariable.FromBoolean(Vip(i)),
                    },
                },
            });
        }

        return new BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost
        {
            CallName = CallName,
            AgentId = AgentId,
            Recipients = list,
            ScheduledTimeUnix = ScheduledTimeUnix,
            AgentPhoneNumberId = AgentPhoneNumberId,
            Timezone = Timezone,
        };
    }

    public static Hand.SubmitBatchCallRequest ForHandWritten(int recipients)
    {
        List<Hand.Recipient> list = new(recipients);
        for (int i = 0; i < recipients; i++)
        {
            list.Add(new Hand.Recipient
            {
                PhoneNumber = Phone(i),
                ConversationInitiationClientData = new Hand.ClientData
                {
                    DynamicVariables = new Dictionary<string, Hand.DynamicValue?>
                    {
                        ["name"] = Hand.DynamicValue.FromString(Name(i)),
                        ["customer_tier"] = Hand.DynamicValue.FromString(Tier(i)),
                        ["visits"] = Hand.DynamicValue.FromInteger(Visits(i)),
                        ["score"] = Hand.DynamicValue.FromNumber(Score(i)),
                        ["vip"] = Hand.DynamicValue.FromBoolean(Vip(i)),
                    },
                },
            });
        }

        return new Hand.SubmitBatchCallRequest
        {
            CallName = CallName,
            AgentId = AgentId,
            Recipients = list,
            ScheduledTimeUnix = ScheduledTimeUnix,
            AgentPhoneNumberId = AgentPhoneNumberId,
            Timezone = Timezone,
        };
    }

    // +1 415 2xx xxxx: distinct E.164 numbers.
    private static string Phone(int i) => string.Create(CultureInfo.InvariantCulture, $"+1415{200 + i / 1000}{1000 + i % 1000:D4}");

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"Customer {i}");

    private static string Tier(int i) => Tiers[i % Tiers.Length];

    private static long Visits(int i) => i % 50;

    // Always fractional, so it stays a number (not an integer) through a round trip.
    private static double Score(int i) => i % 100 / 10.0 + 0.25;

    private static bool Vip(int i) => i % 3 == 0;
}
