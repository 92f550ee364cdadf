using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Runtime.Json;

/// <summary>Chooses which object variant of a generated union a JSON object is, when no discriminator says so.</summary>
public static class JsonVariants
{
    /// <summary>
    /// Reads the member names of the object the reader is on (on a copy: the caller's reader does not move) and returns
    /// the variant that has all its required members and the most of its known ones (then the fewest it lacks, then the
    /// first), or -1 when
    /// no variant has all its required members.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the object's StartObject.</param>
    /// <param name="known">Per variant, every member name it declares.</param>
    /// <param name="required">Per variant, the member names it requires.</param>
    /// <returns>The index of the chosen variant, or -1.</returns>
    public static int Choose(Utf8JsonReader reader, string[][] known, string[][] required)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(required);
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                present.Add(reader.GetString()!);
                reader.Read();
                reader.Skip();
            }
        }

        var best = -1;
        var bestScore = -1;
        for (var i = 0; i < known.Length; i++)
        {
            if (!present.IsSupersetOf(required[i]))
            {
                continue;
            }

            var matched = 0;
            foreach (var name in known[i])
            {
                matched += present.Contains(name) ? 1 : 0;
            }

            var score = (matched * 10_000) - (known[i].Length - matched);

            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }
}
