using System;
using System.Globalization;
using ElevenLabs;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// Turns a cell into a typed dynamic variable: integers → long, decimals → double, true/false → bool, the rest
/// text. Leading zeros ("01234", a zip code) and very long digit runs stay text so nothing is lost.
/// </summary>
internal static class ValueTyper
{
    public static ConversationInitiationClientDataRequestInputDynamicVariables Type(RawCell cell)
    {
        switch (cell.Typed)
        {
            case bool b:
                return b;
            case double d when double.IsFinite(d):
                // Explicit conversions: a plain ?: would widen the long back to double.
                return d == Math.Floor(d) && Math.Abs(d) < 1e15
                    ? ConversationInitiationClientDataRequestInputDynamicVariables.FromInteger((long)d)
                    : ConversationInitiationClientDataRequestInputDynamicVariables.FromNumber(d);
        }

        string text = cell.Text.Trim();
        if (bool.TryParse(text, out bool flag))
        {
            return flag;
        }

        if (LooksInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        if (LooksDecimal(text) && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number))
        {
            return number;
        }

        return cell.Text;
    }

    // Optional '-', then "0" or digits without a leading zero; at most 18 digits so it fits a long.
    private static bool LooksInteger(string text)
    {
        ReadOnlySpan<char> digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length is > 0 and <= 18 && !digits.ContainsAnyExceptInRange('0', '9') && (digits.Length == 1 || digits[0] != '0');
    }

    private static bool LooksDecimal(string text)
    {
        ReadOnlySpan<char> s = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        int dot = s.IndexOf('.');
        if (dot <= 0 || dot == s.Length - 1)
        {
            return false;
        }

        ReadOnlySpan<char> whole = s[..dot], fraction = s[(dot + 1)..];
        return !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9') && (whole.Length == 1 || whole[0] != '0');
    }
}
