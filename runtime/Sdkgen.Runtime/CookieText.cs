using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sdkgen.Runtime;

/// <summary>
/// Percent-encodes what a cookie value cannot hold (RFC 6265 <c>cookie-octet</c>: no controls, spaces, quotes,
/// commas, semicolons, backslashes or non-ASCII), and <c>%</c> itself so servers that decode get the exact text.
/// Everything else, such as base64's <c>+/=</c>, is sent as is, for servers that do not decode.
/// </summary>
internal static class CookieText
{
    private static readonly SearchValues<char> Kept = SearchValues.Create(KeptCharacters());

    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Kept))
        {
            return text;
        }

        StringBuilder output = new(text.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && Kept.Contains((char)rune.Value))
            {
                output.Append((char)rune.Value);
                continue;
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int i = 0; i < length; i++)
            {
                output.Append('%').Append(utf8[i].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return output.ToString();
    }

    private static string KeptCharacters()
    {
        StringBuilder kept = new();
        for (char c = '!'; c <= '~'; c++)
        {
            if (c is not ('"' or ',' or ';' or '\\' or '%'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
