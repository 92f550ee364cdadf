using System;
using System.Collections.Generic;

namespace BatchCalling.Emulator.Faults;

/// <summary>Which requests get a fault instead of (or after) their normal answer, so clients can be tested against a flaky API.</summary>
public sealed record FaultOptions
{
    /// <summary>No faults.</summary>
    public static readonly FaultOptions None = new();

    /// <summary>Share of requests that get a fault, 0 to 1.</summary>
    public double Rate { get; init; }

    /// <summary>The faults to pick from, evenly.</summary>
    public IReadOnlyList<FaultKind> Kinds { get; init; } = [FaultKind.TooManyRequests, FaultKind.ServiceUnavailable, FaultKind.DroppedConnection];

    /// <summary>The <c>Retry-After</c> seconds sent with 429 and 503.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Only requests with these HTTP methods get faults; empty means every method.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>Decides, with the request's number, which requests get which fault, so a run is repeatable.</summary>
    public int Seed { get; init; } = 1;

    internal void Check()
    {
        if (Rate is < 0 or > 1 || double.IsNaN(Rate))
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), "The fault rate must be in [0, 1].");
        }

        ArgumentNullException.ThrowIfNull(Kinds);
        ArgumentNullException.ThrowIfNull(Methods);
        if (Rate > 0 && Kinds.Count == 0)
        {
            throw new ArgumentException("A fault rate needs at least one fault kind.", nameof(Kinds));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(RetryAfterSeconds);
    }
}

/// <summary>One fault the emulator injected: the request's number (from 1), method, path and what was done.</summary>
public sealed record InjectedFault(long Request, string Method, string Path, FaultKind Kind);
