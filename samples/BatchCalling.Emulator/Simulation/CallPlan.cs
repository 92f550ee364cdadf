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
        ulong h = Mix(Mix(Mix((ulong)(uint)seed) ^ (ulong)(uint)recipientIndex) ^ (ulong)(uint)attempt);
        double roll = (h >> 11) * (1.0 / (1UL << 53));
        ulong h2 = Mix(h);
        CallOutcome outcome = roll < failureRate ? CallOutcome.Failed
            : roll < failureRate + noAnswerRate ? CallOutcome.NoAnswer
            : CallOutcome.Completed;
        int duration = 20 + (int)(h2 % 71); // 20–90 simulated seconds
        string conversationId = "conv_" + Mix(h2).ToString("x16", CultureInfo.InvariantCulture);
        return new CallPlan(outcome, duration, conversationId);
    }

    // SplitMix64 finaliser: cheap, well-distributed and identical on every platform.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
