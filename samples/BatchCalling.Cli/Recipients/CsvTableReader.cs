using System;
using System.Collections.Generic;
using System.IO;
using CsvHelper;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// Reads a CSV recipient file as text cells. CsvHelper handles the hostile parts: a UTF-8/UTF-16 BOM, ';' vs ','
/// (detected from the first lines, as European Excel writes ';'), and line breaks inside quoted fields.
/// </summary>
internal static class CsvTableReader
{
    public static RecipientTable Read(string path, List<FileProblem> problems)
    {
        using FileStream stream = File.OpenRead(path);
        return Read(stream, path, problems);
    }

    public static RecipientTable Read(Stream stream, string source, List<FileProblem> problems)
    {
        List<(long Record, long Line, CsvMalformedReason Reason)> malformed = [];
        CsvReaderOptions options = new()
        {
            HasHeader = false,
            // Empty lines stay records so our row counter matches the row a spreadsheet shows; blank rows are skipped later.
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            // Never evaluate or trim: the value is what the user typed.
            TrimWhitespace = false,
            OnMalformedRecord = record => malformed.Add((record.RecordNumber, record.LineNumber, record.Reason)),
        };

        using CsvReader reader = CsvReader.Create(stream, options, leaveOpen: true);
        List<string>? headers = null;
        List<RawRow> rows = [];
        int row = 0;
        while (reader.Read())
        {
            row++;
            int line = (int)reader.LineNumber;
            RawCell[] cells = new RawCell[reader.FieldCount];
            bool blank = true;
            for (int i = 0; i < cells.Length; i++)
            {
                string text = reader.GetString(i) ?? "";
                cells[i] = new RawCell(text);
                blank &= string.IsNullOrWhiteSpace(text);
            }

            if (headers is null)
            {
                if (!blank)
                {
                    headers = [.. Array.ConvertAll(cells, c => c.Text)];
                }

                continue; // leading blank lines before the header
            }

            rows.Add(new RawRow(row, line, cells));
        }

        foreach ((long record, long line, CsvMalformedReason reason) in malformed)
        {
            problems.Add(new FileProblem((int)record, (int)line, null, null, reason switch
            {
                CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed; every opening \" needs a closing \"",
                _ => "malformed quoting (a \" inside a field); quote the whole field and double the inner quotes",
            }));
        }

        return new RecipientTable(source, headers ?? [], rows);
    }
}
