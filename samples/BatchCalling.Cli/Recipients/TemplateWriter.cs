using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BatchCalling.Cli.Recipients;

/// <summary>Writes the recipients template (CSV or XLSX): the mandatory column, the overrides, and example variables.</summary>
internal static class TemplateWriter
{
    public static readonly string[] Headers = ["phone_number", "name", "customer_tier", "visits", "vip", "language", "first_message", "system_prompt", "voice_id"];

    public static readonly string[][] Examples =
    [
        ["+14155552671", "Ava Thompson", "gold", "12", "true", "", "", "", ""],
        ["+442071838750", "Olivia Bennett", "silver", "3", "false", "en", "Hi Olivia, this is Maya from Northwind.", "", ""],
    ];

    public static void WriteCsv(TextWriter writer)
    {
        foreach (IReadOnlyList<string> row in (IEnumerable<IReadOnlyList<string>>)[Headers, .. Examples])
        {
            writer.Write(string.Join(',', Quote(row)));
            writer.Write("\r\n");
        }
    }

    public static void WriteXlsx(string path) => XlsxWriter.Write(path, [Headers, .. Examples], typeValues: true);

    private static IEnumerable<string> Quote(IReadOnlyList<string> row)
    {
        foreach (string field in row)
        {
            yield return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
        }
    }
}

/// <summary>Minimal XLSX writer on OpenXml: one sheet, inline strings, numbers and booleans typed.</summary>
internal static class XlsxWriter
{
    public static void Write(string path, IReadOnlyList<IReadOnlyList<string>> rows, bool typeValues = false)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        WorksheetPart sheetPart = workbook.AddNewPart<WorksheetPart>();
        SheetData data = new();
        foreach (IReadOnlyList<string> values in rows)
        {
            Row row = new();
            foreach (string value in values)
            {
                row.Append(Cell(value, typeValues));
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        Sheets sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Recipients" });
        workbook.Workbook.Save();
    }

    private static Cell Cell(string value, bool typeValues)
    {
        if (typeValues && long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) && !value.StartsWith('0') && !value.StartsWith('+'))
        {
            return new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) };
        }

        if (typeValues && value is "true" or "false")
        {
            return new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value == "true" ? "1" : "0") };
        }

        // Inline strings need no shared-string table; phone numbers stay text so Excel keeps the '+'.
        return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
    }
}
