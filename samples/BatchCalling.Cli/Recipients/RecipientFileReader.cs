using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace BatchCalling.Cli.Recipients;

/// <summary>Picks the reader by extension; returns the raw table plus any problems found while reading.</summary>
internal static class RecipientFileReader
{
    /// <param name="path">The file.</param>
    /// <param name="problems">Receives what is wrong with the file.</param>
    /// <param name="encoding">A CSV file's encoding, or null to detect it.</param>
    /// <exception cref="RecipientFileException">The file is missing, of an unknown kind, or cannot be opened (e.g. locked by another program).</exception>
    public static RecipientTable Read(string path, List<FileProblem> problems, Encoding? encoding = null)
    {
        if (!File.Exists(path))
        {
            throw new RecipientFileException($"Recipient file not found: {path}");
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".txt" => CsvTableReader.Read(path, problems, encoding),
                ".xlsx" or ".xls" => ExcelTableReader.Read(path),
                _ => throw new RecipientFileException($"Unsupported recipient file type '{extension}': use .csv, .xlsx or .xls."),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Typically open in Excel, which locks it.
            throw new RecipientFileException($"Cannot read {path}: {e.Message}", e);
        }
    }
}
