using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ElevenLabs;

namespace BatchCalling.Emulator.Http;

/// <summary>Collects 422 items in FastAPI/pydantic's shape: <c>loc</c> starts with "body" or "query".</summary>
internal sealed class ValidationProblems
{
    private readonly List<ValidationError> _items = [];

    public int Count => _items.Count;

    public void Add(string type, string msg, params ValidationErrorLocItem[] loc) =>
        _items.Add(new ValidationError { Loc = loc, Msg = msg, Type = type });

    public void Missing(params ValidationErrorLocItem[] loc) => Add("missing", "Field required", loc);

    /// <summary>Adds a violation the generated <c>Validate</c> found, turning <c>$.a[2].b</c> into ["body","a",2,"b"].</summary>
    public void AddFromRuntime(Sdkgen.Runtime.ValidationIssue error)
    {
        ValidationErrorLocItem[] loc = ["body", .. ParsePath(error.Path)];
        string message = error.Message;
        (string type, string msg) = message switch
        {
            "is required" => ("missing", "Field required"),
            _ when message.StartsWith("must be greater than or equal", StringComparison.Ordinal) => ("greater_than_equal", Pydantic(message)),
            _ when message.StartsWith("must be greater than", StringComparison.Ordinal) => ("greater_than", Pydantic(message)),
            _ when message.StartsWith("must be less than or equal", StringComparison.Ordinal) => ("less_than_equal", Pydantic(message)),
            _ when message.StartsWith("must be less than", StringComparison.Ordinal) => ("less_than", Pydantic(message)),
            _ when message.StartsWith("must contain at most", StringComparison.Ordinal) => ("too_long", Pydantic(message)),
            _ when message.StartsWith("must contain at least", StringComparison.Ordinal) => ("too_short", Pydantic(message)),
            _ when message.StartsWith("must match", StringComparison.Ordinal) => ("string_pattern_mismatch", Pydantic(message)),
            _ => ("value_error", "Value error, " + message),
        };
        Add(type, msg, loc);
    }

    /// <summary>Drops items under a location already reported for a more basic reason (e.g. a placeholder).</summary>
    public void RemoveUnder(IReadOnlyCollection<string> prefixes) =>
        _items.RemoveAll(item => prefixes.Any(p => Key(item.Loc).StartsWith(p, StringComparison.Ordinal)));

    public void AddRange(ValidationProblems other) => _items.AddRange(other._items);

    public HTTPValidationError ToError() => new() { Detail = _items.ToArray() };

    /// <summary>A comparable key for a location, e.g. "body/recipients/3/".</summary>
    public static string Key(IEnumerable<ValidationErrorLocItem> loc) => string.Concat(loc.Select(l => l.ToString() + "/"));

    // "must be greater than or equal to 1 (was 0)" → "Input should be greater than or equal to 1 (was 0)"
    private static string Pydantic(string message) => "Input should" + message["must".Length..];

    private static IEnumerable<ValidationErrorLocItem> ParsePath(string path)
    {
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                yield return long.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture);
                i = end + 1;
            }
            else
            {
                yield return path[i..];
                yield break;
            }
        }
    }
}
