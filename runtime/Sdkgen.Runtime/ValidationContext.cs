using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sdkgen.Runtime;

/// <summary>
/// Collects schema violations so a request reports every problem at once. Every check except
/// <see cref="Required(string, object?)"/> ignores null values (absence is Required's job).
/// </summary>
public sealed class ValidationContext
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Null marks a pattern .NET cannot compile, so it is skipped without retrying each time.
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    private readonly List<ValidationIssue> _errors = [];

    /// <summary>Whether any problem was recorded.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The problems recorded so far.</summary>
    public IReadOnlyList<ValidationIssue> Errors => _errors;

    /// <summary>Records a problem when a reference value is null.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    public void Required(string path, object? value)
    {
        if (value is null)
        {
            Invalid(path, "is required");
        }
    }

    /// <summary>Records a problem when a nullable value type has no value.</summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    public void Required<T>(string path, T? value)
        where T : struct
    {
        if (!value.HasValue)
        {
            Invalid(path, "is required");
        }
    }

    /// <summary>Checks a string's minimum length in Unicode code points (as JSON Schema counts characters).</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The minimum length.</param>
    public void MinLength(string path, string? value, int min)
    {
        if (value is not null && CodePoints(value) is int length && length < min)
        {
            Invalid(path, Format($"must be at least {min} characters long (was {length})"));
        }
    }

    /// <summary>Checks a string's maximum length in Unicode code points.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The maximum length.</param>
    public void MaxLength(string path, string? value, int max)
    {
        if (value is not null && CodePoints(value) is int length && length > max)
        {
            Invalid(path, Format($"must be at most {max} characters long (was {length})"));
        }
    }

    /// <summary>
    /// Checks that a string matches a regular expression (unanchored, as in JSON Schema). Patterns .NET cannot
    /// compile and matches that time out are skipped rather than failing a request the server may accept.
    /// </summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="pattern">The regular expression.</param>
    public void Pattern(string path, string? value, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (value is null || GetRegex(pattern) is not Regex regex)
        {
            return;
        }

        try
        {
            if (!regex.IsMatch(value))
            {
                Invalid(path, $"must match the pattern '{pattern}'");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Undecidable in time; let the server judge.
        }
    }

    /// <summary>Checks a number's lower bound.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Minimum(string path, double? value, double min, bool exclusive)
    {
        if (value is double v && (exclusive ? v <= min : v < min))
        {
            Invalid(path, Format($"must be greater than {(exclusive ? "" : "or equal to ")}{min} (was {v})"));
        }
    }

    /// <summary>Checks an integer's lower bound.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Minimum(string path, long? value, long min, bool exclusive)
    {
        if (value is long v && (exclusive ? v <= min : v < min))
        {
            Invalid(path, Format($"must be greater than {(exclusive ? "" : "or equal to ")}{min} (was {v})"));
        }
    }

    /// <summary>Checks a number's upper bound.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Maximum(string path, double? value, double max, bool exclusive)
    {
        if (value is double v && (exclusive ? v >= max : v > max))
        {
            Invalid(path, Format($"must be less than {(exclusive ? "" : "or equal to ")}{max} (was {v})"));
        }
    }

    /// <summary>Checks an integer's upper bound.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Maximum(string path, long? value, long max, bool exclusive)
    {
        if (value is long v && (exclusive ? v >= max : v > max))
        {
            Invalid(path, Format($"must be less than {(exclusive ? "" : "or equal to ")}{max} (was {v})"));
        }
    }

    /// <summary>Checks an array's minimum item count.</summary>
    /// <param name="path">The JSON path of the array.</param>
    /// <param name="count">The item count, or null when the array is absent.</param>
    /// <param name="min">The minimum count.</param>
    public void MinItems(string path, int? count, int min)
    {
        if (count is int c && c < min)
        {
            Invalid(path, Format($"must contain at least {min} items (was {c})"));
        }
    }

    /// <summary>Checks an array's maximum item count.</summary>
    /// <param name="path">The JSON path of the array.</param>
    /// <param name="count">The item count, or null when the array is absent.</param>
    /// <param name="max">The maximum count.</param>
    public void MaxItems(string path, int? count, int max)
    {
        if (count is int c && c > max)
        {
            Invalid(path, Format($"must contain at most {max} items (was {c})"));
        }
    }

    /// <summary>Records an arbitrary problem, e.g. an unknown enum member.</summary>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="message">What is wrong.</param>
    public void Invalid(string path, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        _errors.Add(new ValidationIssue(path, message));
    }

    /// <summary>Throws when any problem was recorded.</summary>
    /// <exception cref="ApiValidationException">At least one problem was recorded.</exception>
    public void ThrowIfInvalid()
    {
        if (HasErrors)
        {
            throw new ApiValidationException(_errors.ToArray());
        }
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private static int CodePoints(string value)
    {
        int count = 0;
        foreach (Rune _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static Regex? GetRegex(string pattern) =>
        Patterns.GetOrAdd(pattern, static p =>
        {
            try
            {
                return new Regex(p, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
}
