using System.IO;
using System.Linq;
using BatchCalling.Cli.Export;
using BatchCalling.Cli.Recipients;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>One rule for formulas, and a real BIFF8 .xls, as the vendor's guide names XLS.</summary>
public sealed class TidyTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("+cmd|' /C calc'!A0", true)]
    [InlineData("-2+3", true)]
    [InlineData("\tx", true)]
    [InlineData("+1 415 555 0132", true)] // not E.164 as written: a spreadsheet would compute it
    [InlineData("+14155550132", false)]
    [InlineData("-5", false)]
    [InlineData("+4.5", false)]
    [InlineData("Ava", false)]
    public void Reading_warns_about_exactly_the_cells_export_defuses(string cell, bool formula)
    {
        using TempDir dir = new();
        RecipientValidation read = RecipientValidator.ValidateFile(dir.Write("r.csv", $"phone_number,note\n+12025550143,\"{cell}\"\n"), "US");

        Assert.Equal(formula, FormulaRule.LooksLikeFormula(cell));
        Assert.Equal(formula, read.Warnings.Any(w => w.Column == "note"));
        Assert.Equal(formula, CsvDefuser.Defuse(cell) != cell);
    }

    [Fact]
    public void A_biff8_xls_file_reads_with_its_cell_types()
    {
        using TempDir dir = new();
        string path = dir.File("old.xls");
        HSSFWorkbook workbook = new();
        ISheet sheet = workbook.CreateSheet("Recipients");
        object[][] rows =
        [
            ["phone_number", "name", "visits", "vip", "language"],
            [12025550143d, "Zoë Müller", 3d, true, "de"],
            ["+44 20 7946 0958", "Olivia", 21d, false, ""],
        ];
        for (int r = 0; r < rows.Length; r++)
        {
            IRow row = sheet.CreateRow(r);
            for (int c = 0; c < rows[r].Length; c++)
            {
                ICell cell = row.CreateCell(c);
                switch (rows[r][c])
                {
                    case double d: cell.SetCellValue(d); break;
                    case bool b: cell.SetCellValue(b); break;
                    default: cell.SetCellValue((string)rows[r][c]); break;
                }
            }
        }

        using (FileStream file = File.Create(path))
        {
            workbook.Write(file);
        }

        RecipientValidation result = RecipientValidator.ValidateFile(path, "US");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["+12025550143", "+442079460958"], result.Recipients.Select(r => r.PhoneNumber));
        Recipient zoe = result.Recipients[0];
        Assert.Equal("Zoë Müller", zoe.Variables["name"]!.Value.AsString);
        Assert.Equal(3L, zoe.Variables["visits"]!.Value.AsInteger);
        Assert.True(zoe.Variables["vip"]!.Value.AsBoolean);
        Assert.Equal("de", zoe.Overrides.Language);
        Assert.Equal(3, result.Recipients[1].Row);
    }
}
