using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// Writes the recipients template (CSV or XLSX): the mandatory column, the recipient id, the overrides, and example
/// variables. The example numbers are reserved for fiction (US 555-01xx, the UK Ofcom drama range), so trying the
/// template never calls anyone.
/// </summary>
internal static class TemplateWriter
{
    public static readonly string[] Headers = ["phone_number", "id", "name", "customer_tier", "visits", "vip", "language", "first_message", "system_prompt", "voice_id"];

    public static readonly string[][] Examples =
    [
        ["+12025550143", "cust-0001", "Ava Thompson", "gold", "12", "true", "", "", "", ""],
        ["+442079460123", "cust-0002", "Olivia Bennett", "silver", "3", "false", "en", "Hi Olivia, this is Maya from Northwind.", "", ""],
    ];

    public static void WriteCsv(TextWriter writer)
    {
        foreach (IReadOnlyList<string> row in (IEnumerable<IReadOnlyList<string>>)[Headers, .. Examples])
        {
            writer.Write(string.Join(',', Quote(row)));
            writer.Write("\r\n");
        }
    }

    public static void WriteXlsx(string path) =>
        XlsxWriter.Write(path, [Headers, .. Examples.Select(row => row.Select(Typed).ToArray())]);

    // Counts and flags as Excel would store them; phone numbers and ids stay text (Excel would drop the '+').
    private static object Typed(string value) =>
        value is "true" or "false" ? value == "true"
        : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && !value.StartsWith('0') ? number
        : value;

    private static IEnumerable<string> Quote(IReadOnlyList<string> row)
    {
        foreach (string field in row)
        {
            yield return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
    }
}

/// <summary>Minimal XLSX writer on OpenXml: one sheet; strings inline, numbers and booleans typed.</summary>
internal static class XlsxWriter
{
    public static void Write(string path, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using FileStream file = new(path, FileMode.Create, FileAccess.ReadWrite);
        Write(file, rows);
    }

    /// <param name="destination">A seekable, writable stream.</param>
    /// <param name="rows">Cells: string, long, double or bool; null is an empty cell.</param>
    public static void Write(Stream destination, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        WorksheetPart sheetPart = workbook.AddNewPart<WorksheetPart>();
        SheetData data = new();
        foreach (IReadOnlyList<object?> values in rows)
        {
            Row row = new();
            foreach (object? value in values)
            {
                row.Append(Cell(value));
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        Sheets sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Recipients" });
        workbook.Workbook.Save();
    }

    private static Cell Cell(object? value) => value switch
    {
        long n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) },
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        // Inline strings need no shared-string table.
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
    };
}
