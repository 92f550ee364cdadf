using System;
using BatchCalling.Emulator.Faults;

namespace BatchCalling.Emulator;

/// <summary>How a <see cref="BatchCallingEmulator"/> listens and simulates calls.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The value every request must send in <c>xi-api-key</c>.</summary>
    public string ApiKey { get; init; } = "emulator-key";

    /// <summary>Simulated seconds per real second: 100 makes a simulated minute pass in 0.6 s.</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>Seeds which calls fail or go unanswered, so runs are repeatable.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of calls that end <c>failed</c>.</summary>
    public double FailureRate { get; init; } = 0.05;

    /// <summary>Share of calls nobody answers (they end <c>voicemail</c>).</summary>
    public double NoAnswerRate { get; init; } = 0.10;

    /// <summary>The real clock the scaled simulation is measured against.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Faults injected into requests (none by default); <see cref="BatchCallingEmulator.Faults"/> changes them while running.</summary>
    public FaultOptions Faults { get; init; } = FaultOptions.None;

    /// <summary>Told about every injected fault (the standalone host prints them).</summary>
    public Action<InjectedFault>? OnFault { get; init; }

    /// <summary>Never shows the key.</summary>
    /// <returns>The options without the key.</returns>
    public override string ToString() =>
        $"EmulatorOptions {{ Port = {Port}, TimeScale = {TimeScale}, Seed = {Seed}, FailureRate = {FailureRate}, NoAnswerRate = {NoAnswerRate}, Faults = {Faults} }}";
}
