using System.Globalization;

namespace BatchCalling.Emulator.Simulation;

/// <summary>How one call attempt ends.</summary>
internal enum CallOutcome
{
    Completed,
    Failed,

    // Nobody picks up; the recipient status closest to that in the spec's enum is "voicemail".
    NoAnswer,
}

/// <summary>What a call attempt will do, decided up front from the seed.</summary>
internal readonly record struct CallPlan(CallOutcome Outcome, int DurationSeconds, string ConversationId)
{
    /// <summary>
    /// Derives the plan from (seed, recipient index, attempt) only, so outcomes never depend on thread timing,
    /// submit order or how often the state is read.
    /// </summary>
    public static CallPlan For(int seed, int recipientIndex, int attempt, double failureRate, double noAnswerRate)
    {
        ulong h = SplitMix.Mix(SplitMix.Mix(SplitMix.Mix((ulong)(uint)seed) ^ (ulong)(uint)recipientIndex) ^ (ulong)(uint)attempt);
        double roll = SplitMix.Unit(h);
        ulong h2 = SplitMix.Mix(h);
        CallOutcome outcome = roll < failureRate ? CallOutcome.Failed
            : roll < failureRate + noAnswerRate ? CallOutcome.NoAnswer
            : CallOutcome.Completed;
        int duration = 20 + (int)(h2 % 71); // 20–90 simulated seconds
        string conversationId = "conv_" + SplitMix.Mix(h2).ToString("x16", CultureInfo.InvariantCulture);
        return new CallPlan(outcome, duration, conversationId);
    }
}
