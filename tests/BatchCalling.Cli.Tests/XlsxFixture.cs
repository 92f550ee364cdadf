using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BatchCalling.Cli.Tests;

/// <summary>A cell for a test workbook: text, number or boolean, stored the way Excel stores them.</summary>
internal sealed record Xl(string Value, CellValues Type)
{
    public static Xl S(string value) => new(value, CellValues.InlineString);

    public static Xl N(string value) => new(value, CellValues.Number);

    public static Xl B(bool value) => new(value ? "1" : "0", CellValues.Boolean);
}

/// <summary>Writes .xlsx fixtures with OpenXml directly, independent of the CLI's own template writer.</summary>
internal static class XlsxFixture
{
    public static void Write(string path, IReadOnlyList<IReadOnlyList<Xl>> rows)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        WorksheetPart sheetPart = workbook.AddNewPart<WorksheetPart>();
        SheetData data = new();
        foreach (IReadOnlyList<Xl> cells in rows)
        {
            Row row = new();
            foreach (Xl cell in cells)
            {
                row.Append(cell.Type == CellValues.InlineString
                    ? new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Value)) }
                    : new Cell { DataType = cell.Type, CellValue = new CellValue(cell.Value) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        Sheets sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" });
        workbook.Workbook.Save();
    }
}
