using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sdkgen.Runtime;

/// <summary>
/// Collects schema violations so a request reports every problem at once. Checks name a member of the value being
/// validated (or a parameter, at the root); the context tracks where that value sits, and only builds the JSON path
/// text (<c>$.recipients[2].phone_number</c>) when it records a problem. Every check except
/// <see cref="Required(string?, object?)"/> ignores null values (absence is Required's job).
/// </summary>
public sealed class ValidationContext
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Null marks a pattern .NET cannot compile, so it is skipped without retrying each time.
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    private readonly List<(string? Name, int Index)> _path = [];
    private List<ValidationIssue>? _errors;

    /// <summary>Whether any problem was recorded.</summary>
    public bool HasErrors => _errors is { Count: > 0 };

    /// <summary>The problems recorded so far.</summary>
    public IReadOnlyList<ValidationIssue> Errors => _errors ?? [];

    /// <summary>Validates a request body, whose members' paths start at <c>$</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="body">The body.</param>
    /// <param name="validate">The body type's generated validation.</param>
    public void Body<T>(T body, Action<T, ValidationContext> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        Enter("$", -1);
        validate(body, this);
        Leave();
    }

    /// <summary>Validates a member that is itself an object (or union), when it is present.</summary>
    /// <typeparam name="T">The member type.</typeparam>
    /// <param name="member">The member's wire name.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="validate">The member type's generated validation.</param>
    public void Member<T>(string member, T? value, Action<T, ValidationContext> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (value is not null)
        {
            Enter(member, -1);
            validate(value, this);
            Leave();
        }
    }

    /// <summary>Validates a member of a value type (a union), when it is present.</summary>
    /// <typeparam name="T">The member type.</typeparam>
    /// <param name="member">The member's wire name.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="validate">The member type's generated validation.</param>
    public void MemberValue<T>(string member, T? value, Action<T, ValidationContext> validate)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (value is { } present)
        {
            Enter(member, -1);
            validate(present, this);
            Leave();
        }
    }

    /// <summary>Checks each item of an array member: not null unless items may be null, then <paramref name="validate"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="member">The member's wire name.</param>
    /// <param name="items">The items, or null when the member is absent.</param>
    /// <param name="itemsMayBeNull">Whether the schema allows null items.</param>
    /// <param name="validate">Validates a non-null item, or null when items need no more than the null check.</param>
    public void Items<T>(string member, IReadOnlyList<T>? items, bool itemsMayBeNull, Action<T, ValidationContext>? validate)
    {
        if (items is null)
        {
            return;
        }

        Enter(member, -1);
        for (int i = 0; i < items.Count; i++)
        {
            Enter(null, i);
            Item(items[i], itemsMayBeNull, validate);
            Leave();
        }

        Leave();
    }

    /// <summary>Checks each value of a map member: not null unless values may be null, then <paramref name="validate"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="member">The member's wire name.</param>
    /// <param name="map">The values, or null when the member is absent.</param>
    /// <param name="valuesMayBeNull">Whether the schema allows null values.</param>
    /// <param name="validate">Validates a non-null value, or null when values need no more than the null check.</param>
    public void Values<T>(string member, IReadOnlyDictionary<string, T>? map, bool valuesMayBeNull, Action<T, ValidationContext>? validate)
    {
        if (map is null)
        {
            return;
        }

        Enter(member, -1);
        foreach (KeyValuePair<string, T> pair in map)
        {
            Enter(pair.Key, -1);
            Item(pair.Value, valuesMayBeNull, validate);
            Leave();
        }

        Leave();
    }

    /// <summary>Records a problem when a value that must be present is null.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    public void Required(string? member, object? value)
    {
        if (value is null)
        {
            Invalid(member, "is required");
        }
    }

    /// <summary>Records that a member that must be present has no value (e.g. an enum left at <c>default</c>).</summary>
    /// <param name="member">The member's wire name.</param>
    public void Missing(string? member) => Invalid(member, "is required");

    /// <summary>Checks a string's minimum length in Unicode code points (as JSON Schema counts characters).</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The minimum length.</param>
    public void MinLength(string? member, string? value, int min)
    {
        if (value is not null && CodePoints(value) is int length && length < min)
        {
            Invalid(member, Format($"must be at least {min} characters long (was {length})"));
        }
    }

    /// <summary>Checks a string's maximum length in Unicode code points.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The maximum length.</param>
    public void MaxLength(string? member, string? value, int max)
    {
        if (value is not null && CodePoints(value) is int length && length > max)
        {
            Invalid(member, Format($"must be at most {max} characters long (was {length})"));
        }
    }

    /// <summary>Checks a string the schema fixes with <c>const</c>.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="expected">The one value allowed.</param>
    public void Const(string? member, string? value, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (value is not null && !string.Equals(value, expected, StringComparison.Ordinal))
        {
            Invalid(member, Format($"must be '{expected}', the only value the schema allows"));
        }
    }

    /// <summary>
    /// Checks that a string matches a regular expression (unanchored, as in JSON Schema). Patterns .NET cannot
    /// compile and matches that time out are skipped rather than failing a request the server may accept.
    /// </summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="pattern">The regular expression.</param>
    public void Pattern(string? member, string? value, string pattern)
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
                Invalid(member, $"must match the pattern '{pattern}'");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Undecidable in time; let the server judge.
        }
    }

    /// <summary>Checks a number's lower bound.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Minimum(string? member, double? value, double min, bool exclusive)
    {
        if (value is double v && (exclusive ? v <= min : v < min))
        {
            Invalid(member, Format($"must be greater than {(exclusive ? "" : "or equal to ")}{min} (was {v})"));
        }
    }

    /// <summary>Checks an integer's lower bound.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Minimum(string? member, long? value, long min, bool exclusive)
    {
        if (value is long v && (exclusive ? v <= min : v < min))
        {
            Invalid(member, Format($"must be greater than {(exclusive ? "" : "or equal to ")}{min} (was {v})"));
        }
    }

    /// <summary>Checks a number's upper bound.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Maximum(string? member, double? value, double max, bool exclusive)
    {
        if (value is double v && (exclusive ? v >= max : v > max))
        {
            Invalid(member, Format($"must be less than {(exclusive ? "" : "or equal to ")}{max} (was {v})"));
        }
    }

    /// <summary>Checks an integer's upper bound.</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    /// <param name="max">The bound.</param>
    /// <param name="exclusive">Whether the bound itself is disallowed.</param>
    public void Maximum(string? member, long? value, long max, bool exclusive)
    {
        if (value is long v && (exclusive ? v >= max : v > max))
        {
            Invalid(member, Format($"must be less than {(exclusive ? "" : "or equal to ")}{max} (was {v})"));
        }
    }

    /// <summary>Checks an array's minimum item count.</summary>
    /// <param name="member">The member's wire name.</param>
    /// <param name="count">The item count, or null when the array is absent.</param>
    /// <param name="min">The minimum count.</param>
    public void MinItems(string? member, int? count, int min)
    {
        if (count is int c && c < min)
        {
            Invalid(member, Format($"must contain at least {min} items (was {c})"));
        }
    }

    /// <summary>Checks an array's maximum item count.</summary>
    /// <param name="member">The member's wire name.</param>
    /// <param name="count">The item count, or null when the array is absent.</param>
    /// <param name="max">The maximum count.</param>
    public void MaxItems(string? member, int? count, int max)
    {
        if (count is int c && c > max)
        {
            Invalid(member, Format($"must contain at most {max} items (was {c})"));
        }
    }

    /// <summary>Checks that a number can be written as JSON (not NaN or infinity).</summary>
    /// <param name="member">The member's wire name, or null for the value at the current path.</param>
    /// <param name="value">The value.</param>
    public void Finite(string? member, double? value)
    {
        if (value is double v && !double.IsFinite(v))
        {
            Invalid(member, "must be a finite number (JSON has no NaN or infinity)");
        }
    }

    /// <summary>Records an arbitrary problem with a member (or, for null, the value at the current path).</summary>
    /// <param name="member">The member's wire name, or null.</param>
    /// <param name="message">What is wrong.</param>
    public void Invalid(string? member, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        (_errors ??= []).Add(new ValidationIssue(PathTo(member), message));
    }

    /// <summary>Throws when any problem was recorded.</summary>
    /// <exception cref="ApiValidationException">At least one problem was recorded.</exception>
    public void ThrowIfInvalid()
    {
        if (_errors is { Count: > 0 } errors)
        {
            throw new ApiValidationException(errors.ToArray());
        }
    }

    private void Item<T>(T value, bool mayBeNull, Action<T, ValidationContext>? validate)
    {
        if (value is null)
        {
            if (!mayBeNull)
            {
                Invalid(null, "is required");
            }
        }
        else
        {
            validate?.Invoke(value, this);
        }
    }

    private void Enter(string? name, int index) => _path.Add((name, index));

    private void Leave() => _path.RemoveAt(_path.Count - 1);

    // Only the failure path pays for the text.
    private string PathTo(string? member)
    {
        StringBuilder path = new();
        foreach ((string? name, int index) in _path)
        {
            Append(path, name, index);
        }

        if (member is not null)
        {
            Append(path, member, -1);
        }

        return path.Length == 0 ? "$" : path.ToString();
    }

    private static void Append(StringBuilder path, string? name, int index)
    {
        if (name is null)
        {
            path.Append(JsonPath.Index(string.Empty, index));
        }
        else if (path.Length == 0)
        {
            path.Append(name);
        }
        else
        {
            path.Append(JsonPath.Property(string.Empty, name));
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
