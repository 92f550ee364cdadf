using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing.External;

/// <summary>
/// Picks, from every YAML/JSON AdditionalFile, the ones a spec references (directly or through each other), so the
/// spec's pipeline node depends on those files only: editing an unrelated file leaves it cached.
/// </summary>
internal static class ExternalFiles
{
    // The file part of a $ref value, in YAML or JSON spelling: $ref: 'pet.yaml#/Pet', "$ref": "common.json".
    private static readonly Regex FileReference = new(
        "\\$ref['\"]?\\s*:\\s*['\"]?(?<file>[^'\"#\\s,}\\]]+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static EquatableArray<ExternalDocument> Referenced(string specPath, string specText, ImmutableArray<ExternalDocument> candidates)
    {
        if (candidates.IsDefaultOrEmpty || specText.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return EquatableArray<ExternalDocument>.Empty;
        }

        var byPath = new Dictionary<string, ExternalDocument>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            byPath[Paths.Normalize(candidate.Path)] = candidate;
        }

        var found = new List<ExternalDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Paths.Normalize(specPath) };
        var pending = new Queue<(string Path, string Text)>();
        pending.Enqueue((specPath, specText));
        while (pending.Count > 0)
        {
            var (path, text) = pending.Dequeue();
            foreach (Match match in FileReference.Matches(text))
            {
                var target = Paths.Resolve(path, match.Groups["file"].Value);
                if (target is not null && seen.Add(target) && byPath.TryGetValue(target, out var document))
                {
                    found.Add(document);
                    pending.Enqueue((document.Path, document.Text));
                }
            }
        }

        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return found.ToEquatableArray();
    }
}
