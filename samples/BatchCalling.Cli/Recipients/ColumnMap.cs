using System;
using System.Collections.Generic;
using System.Linq;

namespace BatchCalling.Cli.Recipients;

/// <summary>Classifies headers. Reserved names must be spelled exactly; near misses are errors, not variables.</summary>
internal sealed class ColumnMap
{
    private static readonly (string Name, ColumnKind Kind)[] Reserved =
    [
        ("phone_number", ColumnKind.PhoneNumber),
        ("whatsapp_user_id", ColumnKind.WhatsappUserId),
        ("id", ColumnKind.RecipientId),
        ("language", ColumnKind.Language),
        ("first_message", ColumnKind.FirstMessage),
        ("system_prompt", ColumnKind.SystemPrompt),
        ("voice_id", ColumnKind.VoiceId),
    ];

    private ColumnMap(string[] names, ColumnKind[] kinds)
    {
        Names = names;
        Kinds = kinds;
        PhoneColumn = Array.IndexOf(kinds, ColumnKind.PhoneNumber);
        WhatsappColumn = Array.IndexOf(kinds, ColumnKind.WhatsappUserId);
        IdColumn = Array.IndexOf(kinds, ColumnKind.RecipientId);
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<ColumnKind> Kinds { get; }

    /// <summary>Index of phone_number, or -1 when missing.</summary>
    public int PhoneColumn { get; }

    /// <summary>Index of whatsapp_user_id, or -1 when missing.</summary>
    public int WhatsappColumn { get; }

    /// <summary>Index of id, or -1 when missing.</summary>
    public int IdColumn { get; }

    public static ColumnMap Create(IReadOnlyList<string> headers, List<FileProblem> problems)
    {
        string[] names = new string[headers.Count];
        ColumnKind[] kinds = new ColumnKind[headers.Count];
        Dictionary<string, int> seen = new(StringComparer.Ordinal);
        for (int i = 0; i < headers.Count; i++)
        {
            string name = headers[i].Trim();
            names[i] = name;
            if (name.Length == 0)
            {
                kinds[i] = ColumnKind.Ignored; // an unnamed column is only a problem if it has values (checked per row)
                continue;
            }

            if (!seen.TryAdd(name, i))
            {
                problems.Add(new FileProblem(1, null, name, null, $"duplicate column header (also column {seen[name] + 1}); every column needs its own name"));
                kinds[i] = ColumnKind.Ignored;
                continue;
            }

            kinds[i] = Classify(name, out string? suggestion);
            if (suggestion is not null)
            {
                problems.Add(new FileProblem(1, null, name, null,
                    $"unknown column '{name}': did you mean {suggestion}? Special columns must be spelled exactly, or the value would silently become a dynamic variable"));
                kinds[i] = ColumnKind.Ignored;
            }
        }

        // WhatsApp batches address recipients by whatsapp_user_id; every other file needs phone_number.
        if (!kinds.Contains(ColumnKind.PhoneNumber) && !kinds.Contains(ColumnKind.WhatsappUserId))
        {
            problems.Add(FileProblem.WholeFile(headers.Count == 0
                ? "the file has no header row; the first row must name the columns and include phone_number"
                : $"missing the mandatory phone_number column (or whatsapp_user_id for WhatsApp; found: {string.Join(", ", names)})"));
        }

        return new ColumnMap(names, kinds);
    }

    /// <summary>Exact reserved name → its kind; a near miss → a suggestion; anything else is a variable.</summary>
    internal static ColumnKind Classify(string name, out string? suggestion)
    {
        suggestion = null;
        foreach ((string reserved, ColumnKind kind) in Reserved)
        {
            if (name == reserved)
            {
                return kind;
            }
        }

        string squashed = Squash(name);
        foreach ((string reserved, ColumnKind _) in Reserved)
        {
            string target = Squash(reserved);
            // Same letters with other case/separators ("First Message", "voiceid"), or one typo in a long name.
            if (squashed == target || (target.Length >= 10 && Distance(squashed, target) <= 1))
            {
                suggestion = reserved;
                return ColumnKind.Ignored;
            }
        }

        return ColumnKind.Variable;
    }

    private static string Squash(string name)
    {
        // Header names are short; a pathological one is simply not squashed.
        if (name.Length > 256)
        {
            return name;
        }

        Span<char> buffer = stackalloc char[name.Length];
        int n = 0;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    private static int Distance(string a, string b)
    {
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
