using System.Collections.Generic;

namespace BatchCalling.Cli.Recipients;

/// <summary>A cell as read from the file: CSV gives text, spreadsheets may give typed values (double, bool, DateTime).</summary>
internal readonly record struct RawCell(string Text, object? Typed = null)
{
    public bool IsEmpty => Typed is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One data row. <see cref="Row"/> is the row as a spreadsheet shows it (header = 1); <see cref="Line"/> the CSV line it starts on.</summary>
internal sealed record RawRow(int Row, int? Line, IReadOnlyList<RawCell> Cells);

/// <summary>A recipient file before validation: header names and rows, nothing interpreted yet.</summary>
/// <param name="Source">The file.</param>
/// <param name="Headers">The first non-empty row.</param>
/// <param name="Rows">Every row after it, blank ones included.</param>
/// <param name="Separator">The CSV field separator (',' for spreadsheets), so a file written back looks like the one read.</param>
internal sealed record RecipientTable(string Source, IReadOnlyList<string> Headers, IReadOnlyList<RawRow> Rows, char Separator = ',');
