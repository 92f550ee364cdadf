namespace BatchCalling.Emulator.Simulation;

/// <summary>The parts of <see cref="EmulatorOptions"/> the call simulation needs.</summary>
internal sealed record SimulationSettings(double TimeScale, int Seed, double FailureRate, double NoAnswerRate)
{
    public static SimulationSettings From(EmulatorOptions options) =>
        new(options.TimeScale, options.Seed, options.FailureRate, options.NoAnswerRate);

    public CallPlan Plan(int recipientIndex, int attempt) =>
        CallPlan.For(Seed, recipientIndex, attempt, FailureRate, NoAnswerRate);
}
