using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Sdkgen.Generator.Naming;

/// <summary>
/// Turns spec names (snake_case, kebab-case, "Foo-Input", "gpt-4.1", "startTime&lt;", "Etc/GMT+0", "名前") into valid,
/// deterministic, readable C# identifiers. Letters of any script are kept (C# allows them); operators are spelled out.
/// </summary>
internal static class Identifier
{
    // Two-character operators first, so ">=" is not read as ">" then "=".
    private static readonly (string Symbol, string Word)[] Operators =
    [
        ("<=", "LessOrEqual"), (">=", "GreaterOrEqual"), ("!=", "NotEqual"), ("<>", "NotEqual"), ("==", "Equal"),
        ("<", "LessThan"), (">", "GreaterThan"), ("=", "Equal"), ("+", "Plus"),
    ];

    private static readonly ISet<string> NoSignPrefixes = new HashSet<string>();

    // Spelled only when nothing else is left ("*" → "Star", "-" → "Minus"), so separators stay silent otherwise.
    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['-'] = "Minus", ['*'] = "Star", ['.'] = "Dot", ['/'] = "Slash", ['#'] = "Hash", ['@'] = "At", ['$'] = "Dollar",
        ['%'] = "Percent", ['&'] = "And", ['|'] = "Or", ['!'] = "Not", ['~'] = "Tilde", ['^'] = "Caret", ['?'] = "Question",
        [':'] = "Colon", [','] = "Comma", [' '] = "Space", ['_'] = "Underscore",
    };

    /// <summary>Bounds the per-thread memos of <see cref="Pascal(string)"/> and <see cref="Camel"/> in a long-lived compiler or IDE process.</summary>
    private const int MaxRemembered = 50_000;

    // The same spec names (property keys above all) are turned into identifiers again and again: by the record, its
    // converter's locals and the type names of inline schemas. Per thread, so concurrent generator runs share nothing.
    [System.ThreadStatic]
    private static Dictionary<string, string>? s_pascal;

    // Every converter names a local after each of its members, and most member names recur across records.
    [System.ThreadStatic]
    private static Dictionary<string, string>? s_camel;

    /// <summary>"call_name" → "CallName", "gpt-4.1" → "Gpt4_1", "2fa" → "_2fa", "-1" → "Minus1", "created&gt;=" → "CreatedGreaterOrEqual".</summary>
    public static string Pascal(string name) =>
        ThreadMemo.Get(ref s_pascal, name, MaxRemembered, static n => Pascal(n, NoSignPrefixes), System.StringComparer.Ordinal);

    /// <param name="name">The spec name.</param>
    /// <param name="signPrefixes">Texts that a "+digit" follows somewhere in the set: after one of them, "-digit" is a sign too ("Etc/GMT-1").</param>
    private static string Pascal(string name, ISet<string> signPrefixes)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in Words(name, signPrefixes))
        {
            // Keep digit runs apart ("4.1" → "4_1") so distinct spec values stay readable.
            if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(word[0]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (builder.Length == 0)
        {
            // Nothing but symbols ("-", "*", "…"): spell what can be spelled, deterministically.
            foreach (var c in name)
            {
                if (Symbols.TryGetValue(c, out var spelled))
                {
                    builder.Append(spelled);
                }
            }
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>"batch_id" → "batchId"; keywords get '@' ("class" → "@class").</summary>
    public static string Camel(string name) =>
        ThreadMemo.Get(ref s_camel, name, MaxRemembered, static n => SpellCamel(n), System.StringComparer.Ordinal);

    private static string SpellCamel(string name)
    {
        var pascal = Pascal(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) is SyntaxKind.VarKeyword
            ? "@" + camel
            : camel;
    }

    /// <summary>The identifier without its verbatim '@' ("@class" → "class"); netstandard2.0's TrimStart('@') allocates an array per call.</summary>
    public static string Bare(string identifier) => identifier.Length > 0 && identifier[0] == '@' ? identifier.Substring(1) : identifier;

    /// <summary>Returns <paramref name="candidate"/>, or it with the first free numeric suffix.</summary>
    public static string Unique(string candidate, ISet<string> taken)
    {
        var name = candidate;
        for (var i = 2; !taken.Add(name); i++)
        {
            name = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>
    /// Member names for a set of values, in order: each the <see cref="Pascal"/> form of its preferred name, none in
    /// <paramref name="reserved"/>, all distinct. When the set holds signed values ("+1"), a '-' before a digit is
    /// spelled "Minus" too, so "Etc/GMT+0" and "Etc/GMT-0" become "EtcGMTPlus0" and "EtcGMTMinus0"; any clash left
    /// gets a numeric suffix in declaration order.
    /// </summary>
    public static List<string> Members(IReadOnlyList<string> names, IReadOnlyCollection<string> reserved)
    {
        var signPrefixes = SignPrefixes(names);
        var taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);
        var members = new List<string>(names.Count);
        foreach (var name in names)
        {
            // Without signs, a value is spelt as any name is: from the memo (the same values recur across a spec's enums).
            var pascal = signPrefixes is null ? Pascal(name) : Pascal(name, signPrefixes);
            members.Add(reserved.Contains(pascal) && !pascal.EndsWith("Value", System.StringComparison.Ordinal)
                ? Unique(pascal + "Value", taken)
                : Unique(pascal, taken));
        }

        return members;
    }

    /// <summary>The texts a "+digit" follows in any of <paramref name="names"/>; null when none has one (nearly always).</summary>
    private static HashSet<string>? SignPrefixes(IReadOnlyList<string> names)
    {
        HashSet<string>? prefixes = null;
        foreach (var name in names)
        {
            for (var i = 0; i < name.Length - 1; i++)
            {
                if (name[i] == '+' && char.IsDigit(name[i + 1]))
                {
                    (prefixes ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(name.Substring(0, i));
                }
            }
        }

        return prefixes;
    }

    /// <summary>Splits at separators and at lower→upper case changes, keeping acronyms like "LLM" whole; operators become words.</summary>
    private static IEnumerable<string> Words(string name, ISet<string> signPrefixes)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                if (OperatorAt(name, i, signPrefixes) is { } op)
                {
                    yield return op.Word;
                    i += op.Length - 1;
                }

                continue;
            }

            if (word.Length > 0 && char.IsUpper(c) && char.IsLower(word[word.Length - 1]))
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>
    /// The operator starting at <paramref name="i"/>. A '-' is one only as a sign: leading ("-1", "-created_at", a descending
    /// sort key), or before a digit where a sibling value has "+digit" after the same text; elsewhere it is a separator
    /// ("gpt-4", "in-progress").
    /// </summary>
    private static (string Word, int Length)? OperatorAt(string name, int i, ISet<string> signPrefixes)
    {
        if (name[i] == '-')
        {
            var sign = i == 0 || i + 1 < name.Length && char.IsDigit(name[i + 1]) && signPrefixes.Contains(name.Substring(0, i));
            return sign && i + 1 < name.Length ? ("Minus", 1) : null;
        }

        foreach (var (symbol, word) in Operators)
        {
            if (string.CompareOrdinal(name, i, symbol, 0, symbol.Length) == 0)
            {
                return (word, symbol.Length);
            }
        }

        return null;
    }

    private static string MakeValid(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "_";
        }

        return char.IsDigit(identifier[0]) ? "_" + identifier : identifier;
    }
}
