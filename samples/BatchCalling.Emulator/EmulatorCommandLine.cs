using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator.Faults;

namespace BatchCalling.Emulator;

/// <summary>The standalone emulator's command line: every <see cref="EmulatorOptions"/> setting as an option.</summary>
public static class EmulatorCommandLine
{
    private static readonly (string Name, FaultKind Kind)[] FaultNames =
    [
        ("429", FaultKind.TooManyRequests),
        ("503", FaultKind.ServiceUnavailable),
        ("drop", FaultKind.DroppedConnection),
        ("timeout", FaultKind.Timeout),
    ];

    /// <summary>The command; its action hands the parsed options to <paramref name="run"/>.</summary>
    /// <param name="run">Runs the emulator with the options until the token is cancelled; returns the exit code.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(Func<EmulatorOptions, CancellationToken, Task<int>> run)
    {
        EmulatorOptions defaults = new();
        Option<int> port = Number("--port", "Loopback port; 0 picks a free one.", 5080, 0, 65535);
        Option<string> apiKey = new("--api-key") { Description = "The xi-api-key every request must send.", DefaultValueFactory = _ => defaults.ApiKey };
        Option<double> timeScale = Number("--time-scale", "Simulated seconds per real second.", defaults.TimeScale, double.Epsilon, double.MaxValue, "a positive number");
        Option<int> seed = Number("--seed", "Seeds call outcomes and faults, so runs repeat.", defaults.Seed, int.MinValue, int.MaxValue);
        Option<double> failureRate = Number("--failure-rate", "Share of calls that end failed.", defaults.FailureRate, 0, 1);
        Option<double> noAnswerRate = Number("--no-answer-rate", "Share of calls nobody answers (voicemail).", defaults.NoAnswerRate, 0, 1);
        Option<double> faultRate = Number("--fault-rate", "Share of requests that get a fault.", 0.0, 0, 1);
        Option<string> faults = new("--faults")
        {
            Description = "Faults to pick from, comma-separated: 429, 503, drop, timeout.",
            DefaultValueFactory = _ => string.Join(',', FaultOptions.None.Kinds.Select(Name)),
        };
        faults.Validators.Add(result => ParseFaults(result.GetValueOrDefault<string>(), result));
        Option<int> retryAfter = Number("--fault-retry-after", "Retry-After seconds sent with 429 and 503.", FaultOptions.None.RetryAfterSeconds, 0, 86400);
        Option<string[]> methods = new("--fault-methods")
        {
            Description = "Only these HTTP methods get faults, comma-separated, e.g. GET,POST (default: all).",
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(m => m.ToUpperInvariant())],
        };

        RootCommand root = new("A local, in-memory ElevenLabs batch-calling API for testing without placing real calls.")
        {
            port, apiKey, timeScale, seed, failureRate, noAnswerRate, faultRate, faults, retryAfter, methods,
        };
        root.Validators.Add(result =>
        {
            if (result.GetValue(failureRate) + result.GetValue(noAnswerRate) > 1)
            {
                result.AddError("--failure-rate and --no-answer-rate add up to more than 1.");
            }
        });
        root.SetAction((parse, cancellationToken) => run(new EmulatorOptions
        {
            Port = parse.GetValue(port),
            ApiKey = parse.GetValue(apiKey)!,
            TimeScale = parse.GetValue(timeScale),
            Seed = parse.GetValue(seed),
            FailureRate = parse.GetValue(failureRate),
            NoAnswerRate = parse.GetValue(noAnswerRate),
            Faults = new FaultOptions
            {
                Rate = parse.GetValue(faultRate),
                Kinds = ParseFaults(parse.GetValue(faults)!, errors: null),
                RetryAfterSeconds = parse.GetValue(retryAfter),
                Methods = parse.GetValue(methods) ?? [],
                Seed = parse.GetValue(seed),
            },
        }, cancellationToken));
        return root;
    }

    /// <summary>The name <c>--faults</c> uses for a kind.</summary>
    /// <param name="kind">The fault kind.</param>
    /// <returns>429, 503, drop or timeout.</returns>
    public static string Name(FaultKind kind) => FaultNames.First(f => f.Kind == kind).Name;

    private static FaultKind[] ParseFaults(string list, OptionResult? errors)
    {
        List<FaultKind> kinds = [];
        foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            (string Name, FaultKind Kind) match = FaultNames.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                errors?.AddError($"--faults: unknown fault '{name}'; use 429, 503, drop or timeout.");
                return [];
            }

            kinds.Add(match.Kind);
        }

        return [.. kinds];
    }

    // Invariant culture, and the range checked where the value is read, so a bad value is one clear message.
    private static Option<T> Number<T>(string name, string description, T defaultValue, T min, T max, string? range = null)
        where T : struct, INumber<T>
    {
        NumberStyles style = typeof(T) == typeof(double) ? NumberStyles.Float : NumberStyles.Integer;
        range ??= string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}");
        return new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out T value))
                {
                    result.AddError($"{name}: '{text}' is not a number.");
                }
                else if (value < min || value > max)
                {
                    result.AddError($"{name} must be {range}.");
                }

                return value;
            },
        };
    }
}
