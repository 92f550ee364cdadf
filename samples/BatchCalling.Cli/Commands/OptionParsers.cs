using System;
using System.CommandLine;
using System.Globalization;

namespace BatchCalling.Cli.Commands;

/// <summary>Options whose values need more than a type conversion; a bad value is one clear usage error.</summary>
internal static class OptionParsers
{
    /// <summary>A positive number of seconds (decimals allowed), as a TimeSpan; null when the option is absent.</summary>
    public static Option<TimeSpan?> Seconds(string name, string description, bool recursive = false) => new(name)
    {
        Description = description,
        Recursive = recursive,
        HelpName = "seconds",
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds <= 86400)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            result.AddError($"{name} '{text}' is not a number of seconds between 0 and 86400.");
            return null;
        },
    };

    /// <summary>A whole number within [min, max]; null when the option is absent.</summary>
    public static Option<int?> Integer(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not a whole number from {min} to {max}.");
            return null;
        },
    };
}
