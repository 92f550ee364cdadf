using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Recipients;
using CsvHelper;

namespace BatchCalling.Cli.Export;

/// <summary>
/// Copies an exported CSV record by record, prefixing the cells <see cref="FormulaRule"/> calls formulas with a quote.
/// Unlike CsvHelper's own injection guard, numbers and E.164 phone numbers (which start with '+') are left alone:
/// every field here is text, so the library cannot tell them apart.
/// </summary>
internal static class CsvDefuser
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

    public static string Defuse(string field) => FormulaRule.LooksLikeFormula(field) ? "'" + field : field;
}
