using System.Text.RegularExpressions;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// The one rule for "a spreadsheet would run this cell as a formula": text starting with =, +, -, @, tab or CR,
/// unless it is a signed number or an E.164 phone number (data, not a formula). Reading warns about such cells;
/// export prefixes them with a quote.
/// </summary>
internal static partial class FormulaRule
{
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !Harmless().IsMatch(text);

    [GeneratedRegex(@"^(?:[+-]?\d+(?:\.\d+)?|\+[1-9]\d{6,14})$", RegexOptions.CultureInvariant)]
    private static partial Regex Harmless();
}
