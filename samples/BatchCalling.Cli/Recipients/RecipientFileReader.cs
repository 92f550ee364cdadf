using System;
using System.Collections.Generic;
using System.IO;

namespace BatchCalling.Cli.Recipients;

/// <summary>Picks the reader by extension; returns the raw table plus any problems found while reading.</summary>
internal static class RecipientFileReader
{
    public static RecipientTable Read(string path, List<FileProblem> problems)
    {
        if (!File.Exists(path))
        {
            throw new RecipientFileException($"Recipient file not found: {path}");
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".txt" => CsvTableReader.Read(path, problems),
            ".xlsx" or ".xls" => ExcelTableReader.Read(path),
            _ => throw new RecipientFileException($"Unsupported recipient file type '{extension}': use .csv, .xlsx or .xls."),
        };
    }
}
