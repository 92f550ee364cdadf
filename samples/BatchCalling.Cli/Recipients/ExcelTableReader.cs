using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ExcelDataReader;

namespace BatchCalling.Cli.Recipients;

/// <summary>Reads the first worksheet of an .xlsx/.xls file. Cached values only: formulas are never evaluated.</summary>
internal static class ExcelTableReader
{
    static ExcelTableReader()
    {
        // .xls (BIFF) strings use Windows code pages, which .NET only has after this registration.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static RecipientTable Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new RecipientFileException($"{Path.GetFileName(path)} is not a readable Excel workbook: {e.Message}", e);
        }

        using (reader)
        {
            List<string>? headers = null;
            List<RawRow> rows = [];
            int row = 0;
            while (reader.Read())
            {
                row++;
                RawCell[] cells = new RawCell[reader.FieldCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = ToCell(reader.GetValue(i));
                }

                if (headers is null)
                {
                    if (Array.TrueForAll(cells, c => c.IsEmpty))
                    {
                        continue;
                    }

                    headers = [.. Array.ConvertAll(cells, c => c.Text)];
                    continue;
                }

                rows.Add(new RawRow(row, null, cells));
            }

            return new RecipientTable(path, headers ?? [], rows);
        }
    }

    private static RawCell ToCell(object? value) => value switch
    {
        null => new RawCell(""),
        string s => new RawCell(s),
        double d => new RawCell(FormatNumber(d), d),
        bool b => new RawCell(b ? "true" : "false", b),
        DateTime t => new RawCell(t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        IFormattable f => new RawCell(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => new RawCell(value.ToString() ?? ""),
    };

    // A phone number typed into Excel is a double; print it without exponent or ".0".
    private static string FormatNumber(double d) =>
        Math.Abs(d) < 1e15 && d == Math.Floor(d)
            ? ((long)d).ToString(CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);
}
