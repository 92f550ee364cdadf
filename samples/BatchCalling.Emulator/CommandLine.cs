using System;
using System.Globalization;

namespace BatchCalling.Emulator;

/// <summary>Parses <c>--port 5080 --time-scale 100 --seed 7 --api-key k --failure-rate 0.05 --no-answer-rate 0.1</c>.</summary>
internal static class CommandLine
{
    public const string Usage =
        "Usage: BatchCalling.Emulator [--port N] [--api-key KEY] [--time-scale X] [--seed N] [--failure-rate P] [--no-answer-rate P]";

    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static EmulatorOptions? Parse(string[] args, out string? error)
    {
        EmulatorOptions options = new() { Port = 5080 };
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help")
            {
                error = Usage;
                return null;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.\n{Usage}";
                return null;
            }

            string value = args[++i];
            CultureInfo inv = CultureInfo.InvariantCulture;
            bool ok = true;
            switch (name)
            {
                case "--port": ok = int.TryParse(value, inv, out int port); options = options with { Port = port }; break;
                case "--api-key": options = options with { ApiKey = value }; break;
                case "--time-scale": ok = double.TryParse(value, inv, out double scale); options = options with { TimeScale = scale }; break;
                case "--seed": ok = int.TryParse(value, inv, out int seed); options = options with { Seed = seed }; break;
                case "--failure-rate": ok = double.TryParse(value, inv, out double fail); options = options with { FailureRate = fail }; break;
                case "--no-answer-rate": ok = double.TryParse(value, inv, out double noAnswer); options = options with { NoAnswerRate = noAnswer }; break;
                default: error = $"Unknown option {name}.\n{Usage}"; return null;
            }

            if (!ok)
            {
                error = $"{name}: '{value}' is not a valid number.";
                return null;
            }
        }

        return options;
    }
}
