using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;

namespace BatchCalling.Cli.Export;

/// <summary>
/// Copies an exported CSV record by record, prefixing text cells that a spreadsheet would run as a formula
/// (=, +, -, @, tab, CR) with a quote. Unlike CsvHelper's own injection guard, numbers and E.164 phone numbers
/// (which start with '+') are left alone: every field here is text, so the library cannot tell them apart.
/// </summary>
internal static partial class CsvDefuser
{
    public static async Task<int> CopyAsync(Stream source, TextWriter destination, CancellationToken cancellationToken)
    {
        CsvReaderOptions options = new() { HasHeader = false, Separator = ',', SkipEmptyLines = true };
        await using CsvReader reader = CsvReader.Create(source, options, leaveOpen: true);
        await using CsvWriter writer = CsvWriter.Create(destination, CsvWriterOptions.Default, leaveOpen: true);
        int defused = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                string field = reader.GetString(i) ?? "";
                string safe = Defuse(field);
                defused += ReferenceEquals(safe, field) ? 0 : 1;
                writer.WriteField(safe);
            }

            await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return defused;
    }

    public static string Defuse(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !Harmless().IsMatch(field) ? "'" + field : field;

    // A signed number or an E.164 phone number is data, not a formula.
    [GeneratedRegex(@"^(?:[+-]?\d+(?:\.\d+)?|\+[1-9]\d{6,14})$", RegexOptions.CultureInvariant)]
    private static partial Regex Harmless();
}
