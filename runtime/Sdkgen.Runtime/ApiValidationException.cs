using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Sdkgen.Runtime;

/// <summary>Thrown before sending when a request violates its schema; lists every problem at once.</summary>
public sealed class ApiValidationException : Exception
{
    /// <summary>Creates an exception for the given problems.</summary>
    /// <param name="errors">The problems found; at least one.</param>
    public ApiValidationException(IReadOnlyList<ValidationIssue> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationIssue> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        StringBuilder message = new();
        message.Append(CultureInfo.InvariantCulture, $"Request is invalid ({errors.Count} {(errors.Count == 1 ? "problem" : "problems")}):");
        foreach (ValidationIssue error in errors)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n  {error.Path}: {error.Message}");
        }

        return message.ToString();
    }
}
