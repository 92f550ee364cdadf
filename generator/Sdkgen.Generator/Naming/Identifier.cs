using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Sdkgen.Generator.Naming;

/// <summary>Turns spec names (snake_case, kebab-case, "Foo-Input", "gpt-4.1") into valid, stable, readable C# identifiers.</summary>
internal static class Identifier
{
    /// <summary>"call_name" → "CallName", "gpt-4.1" → "Gpt4_1", "2fa" → "_2fa".</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in Words(name))
        {
            // Keep digit runs apart ("4.1" → "4_1") so distinct spec values stay readable.
            if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(word[0]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return MakeValid(builder.ToString());
    }

    /// <summary>"batch_id" → "batchId"; keywords get '@' ("class" → "@class").</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) is SyntaxKind.VarKeyword
            ? "@" + camel
            : camel;
    }

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

    /// <summary>Splits at separators and at lower→upper case changes, keeping acronyms like "LLM" whole.</summary>
    private static IEnumerable<string> Words(string name)
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

    private static string MakeValid(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "_";
        }

        return char.IsDigit(identifier[0]) ? "_" + identifier : identifier;
    }
}
