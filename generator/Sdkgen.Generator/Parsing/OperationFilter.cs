using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// <c>SdkgenInclude</c>/<c>SdkgenExclude</c>: semicolon-separated patterns that pick the operations to generate
/// (<c>|</c> separates them too: see build/Sdkgen.targets).
/// A pattern is a path glob (<c>/v1/convai/batch-calling/**</c>: <c>*</c> within one segment, <c>**</c> across
/// segments), <c>tag:NAME</c> (any of the operation's tags, case-insensitive) or <c>op:operationId</c> (exact).
/// With includes, only operations matching one are kept; excludes then drop operations.
/// </summary>
internal sealed class OperationFilter
{
    private readonly List<Pattern> _include;
    private readonly List<Pattern> _exclude;

    private OperationFilter(List<Pattern> include, List<Pattern> exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    /// <summary>True when no pattern was given: every operation and every component schema is generated.</summary>
    public bool IsEmpty => _include.Count == 0 && _exclude.Count == 0;

    public static OperationFilter Parse(string? include, string? exclude) => new(Patterns(include), Patterns(exclude));

    public bool Keeps(string path, string? operationId, IEnumerable<string> tags)
    {
        var tagList = tags.ToList();
        var included = _include.Count == 0 || _include.Any(pattern => pattern.Matches(path, operationId, tagList));
        return included && !_exclude.Any(pattern => pattern.Matches(path, operationId, tagList));
    }

    /// <summary>Patterns that matched no operation, for a warning each (a typo would otherwise silently generate nothing).</summary>
    public IEnumerable<(string Kind, string Text)> Unused() =>
        _include.Where(pattern => !pattern.Used).Select(pattern => ("include", pattern.Text))
            .Concat(_exclude.Where(pattern => !pattern.Used).Select(pattern => ("exclude", pattern.Text)));

    // ';' as users write them; '|' as the package's targets pass them on (an editorconfig value ends at a ';').
    private static readonly char[] Separators = [';', '|'];

    private static List<Pattern> Patterns(string? text) =>
        (text ?? string.Empty).Split(Separators).Select(part => part.Trim()).Where(part => part.Length > 0).Select(part => new Pattern(part)).ToList();

    private sealed class Pattern
    {
        private readonly Regex? _path;
        private readonly string? _tag;
        private readonly string? _operationId;

        public Pattern(string text)
        {
            Text = text;
            if (text.StartsWith("tag:", StringComparison.OrdinalIgnoreCase))
            {
                _tag = text.Substring(4).Trim();
            }
            else if (text.StartsWith("op:", StringComparison.OrdinalIgnoreCase))
            {
                _operationId = text.Substring(3).Trim();
            }
            else
            {
                _path = Glob(text);
            }
        }

        public string Text { get; }

        public bool Used { get; private set; }

        public bool Matches(string path, string? operationId, List<string> tags)
        {
            var matches = _path is not null ? _path.IsMatch(path)
                : _tag is not null ? tags.Any(tag => string.Equals(tag, _tag, StringComparison.OrdinalIgnoreCase))
                : string.Equals(operationId, _operationId, StringComparison.Ordinal);
            Used |= matches;
            return matches;
        }

        // "**" spans segments, "*" stays within one; a trailing "/**" also matches the prefix itself.
        private static Regex Glob(string glob)
        {
            var pattern = Regex.Escape(glob.TrimEnd('/'))
                .Replace(@"/\*\*", "(/.*)?")
                .Replace(@"\*\*", ".*")
                .Replace(@"\*", "[^/]*");
            return new Regex("^" + pattern + "/?$", RegexOptions.CultureInvariant);
        }
    }
}
