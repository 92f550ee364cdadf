using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BatchCalling.Cli.Output;
using BatchCalling.Cli.Recipients;
using CsvHelper;

namespace BatchCalling.Cli.Results;

/// <summary>Writes a <see cref="ResultsTable"/> as CSV (UTF-8 with BOM, the input's separator) or XLSX (cells keep their types).</summary>
internal static class ResultsWriter
{
    public static Task WriteAsync(string path, ResultsTable table, char separator) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? OutputFile.WriteAsync(path, file =>
            {
                XlsxWriter.Write(file, [table.Headers.Cast<object?>().ToArray(), .. table.Rows.Select(row => row.Select(Value).ToArray())]);
                return Task.CompletedTask;
            })
            : OutputFile.WriteAsync(path, file =>
            {
                using CsvWriter csv = CsvWriter.Create(file, new CsvWriterOptions { Separator = separator, WriteByteOrderMark = true }, leaveOpen: true);
                int width = Math.Max(table.Headers.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
                WriteRecord(csv, table.Headers.Select(h => h), width);
                foreach (var row in table.Rows)
                {
                    WriteRecord(csv, row.Select(c => c.Text), width);
                }

                csv.Flush();
                return Task.CompletedTask;
            });

    // Every record as wide as the widest, as CSV readers expect.
    private static void WriteRecord(CsvWriter csv, System.Collections.Generic.IEnumerable<string> fields, int width)
    {
        int n = 0;
        foreach (string field in fields)
        {
            csv.WriteField(field);
            n++;
        }

        for (; n < width; n++)
        {
            csv.WriteField("");
        }

        csv.EndRecord();
    }

    private static object? Value(RawCell cell) => cell.Typed switch
    {
        double d => d,
        bool b => b,
        _ => cell.Text.Length == 0 ? null : cell.Text,
    };
}
