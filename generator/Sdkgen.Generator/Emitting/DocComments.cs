using System.Linq;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Emitting;

/// <summary>Spec text as XML doc comments, escaped so no description can break out of the comment.</summary>
internal static class DocComments
{
    /// <summary>Bounds the per-thread memo of literals in a long-lived compiler or IDE process.</summary>
    private const int MaxRemembered = 16 * 1024;

    // JSON names, record names and paths, spelt as literals again in every converter and operation that uses them.
    [System.ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, string>? s_literals;

    public static void Summary(SourceWriter writer, string? text, string? remarks = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Element(writer, "summary", text!);
        }

        if (!string.IsNullOrWhiteSpace(remarks) && remarks != text)
        {
            Element(writer, "remarks", remarks!);
        }
    }

    private static void Element(SourceWriter writer, string tag, string text)
    {
        // Most descriptions are one clean line: no split, no array (one per documented member otherwise).
        if (IsOneCleanLine(text))
        {
            writer.Line($"/// <{tag}>{Escape(text.Trim())}</{tag}>");
            return;
        }

        var lines = Lines(text);
        if (lines.Length == 1)
        {
            writer.Line($"/// <{tag}>{Escape(lines[0])}</{tag}>");
            return;
        }

        writer.Line($"/// <{tag}>");
        foreach (var line in lines)
        {
            writer.Line(("/// " + Escape(line)).TrimEnd());
        }

        writer.Line($"/// </{tag}>");
    }

    /// <summary>One line, like a parameter: a multi-line description cannot end the comment early.</summary>
    public static void Returns(SourceWriter writer, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            writer.Line($"/// <returns>{Escape(string.Join(" ", Lines(text!)))}</returns>");
        }
    }

    public static void Param(SourceWriter writer, string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            writer.Line($"/// <param name=\"{Identifier.Bare(name)}\">{Escape(string.Join(" ", Lines(text!)))}</param>");
        }
    }

    public static string Escape(string text) => text
        .Replace("&", "&amp;")
        .Replace("<", "&lt;")
        .Replace(">", "&gt;");

    /// <summary>A string literal for C#: escapes quotes, backslashes and every control character.</summary>
    public static string Literal(string text) =>
        ThreadMemo.Get(ref s_literals, text, MaxRemembered, static value => SpellLiteral(value), System.StringComparer.Ordinal);

    private static string SpellLiteral(string text)
    {
        // Most literals (JSON names, paths) need no escape: one string, not a builder's copies.
        if (!NeedsEscape(text))
        {
            return "\"" + text + "\"";
        }

        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\\' || char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Lines(string text)
    {
        var lines = text
            .Replace("\r\n", "\n")
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n')
            .Replace('\u0085', '\n')
            .Trim()
            .Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Almost no line has a control character: copy only the ones that do.
            if (lines[i].Any(IsStripped))
            {
                lines[i] = new string(lines[i].Where(c => !IsStripped(c)).ToArray());
            }
        }

        return lines;
    }

    private static bool IsStripped(char c) => char.IsControl(c) && c != '\t';

    /// <summary>No line break of any kind and nothing <see cref="Lines"/> would strip (line breaks are control characters but U+2028/9).</summary>
    private static bool IsOneCleanLine(string text)
    {
        foreach (var c in text)
        {
            if (IsStripped(c) || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="member">The member of <paramref name="what"/> that is deprecated, if not all of it (joined only when it is).</param>
    public static void Obsolete(SourceWriter writer, bool deprecated, string what, string? member = null)
    {
        if (deprecated)
        {
            var name = member is null ? what : what + "." + member;
            writer.Line($"[global::System.Obsolete({Literal(name + " is deprecated in the API spec.")})]");
        }
    }
}
