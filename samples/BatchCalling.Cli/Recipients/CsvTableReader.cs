using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CsvHelper;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// Reads a CSV recipient file as text cells. <see cref="TextDecoding"/> picks the encoding; CsvHelper handles the
/// hostile parts: ';' vs ',' (detected from the first lines, as European Excel writes ';') and line breaks inside
/// quoted fields.
/// </summary>
internal static class CsvTableReader
{
    public static RecipientTable Read(string path, List<FileProblem> problems, Encoding? encoding)
    {
        string text = TextDecoding.Decode(File.ReadAllBytes(path), encoding, out Encoding used, out bool guessed);
        if (guessed)
        {
            problems.Add(FileProblem.WholeFile(
                $"the file is not UTF-8; it was read as {used.WebName} (Western European, as older Excel saves CSV). " +
                "If names look wrong in the summary, save it as \"CSV UTF-8\" or name the encoding with --encoding", ProblemSeverity.Warning));
        }

        return Read(text, path, problems);
    }

    public static RecipientTable Read(string content, string source, List<FileProblem> problems)
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

        using CsvReader reader = CsvReader.FromText(content, options);
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

        return new RecipientTable(source, headers ?? [], rows, headers is null ? ',' : reader.Separator);
    }
}
