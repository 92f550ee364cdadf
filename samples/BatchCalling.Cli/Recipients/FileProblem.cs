namespace BatchCalling.Cli.Recipients;

/// <summary>Errors stop the submit; warnings are shown and the file still goes through.</summary>
internal enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One thing wrong with a recipient file, located the way the user sees it.</summary>
/// <param name="Row">Spreadsheet row (header = 1), or null for a problem with the whole file.</param>
/// <param name="Line">CSV line the row starts on, when it differs from <paramref name="Row"/>.</param>
/// <param name="Column">Column header, or null.</param>
/// <param name="Value">The offending cell value, or null.</param>
/// <param name="Message">Why it is a problem.</param>
internal sealed record FileProblem(int? Row, int? Line, string? Column, string? Value, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public static FileProblem WholeFile(string message, ProblemSeverity severity = ProblemSeverity.Error) => new(null, null, null, null, message, severity);

    public override string ToString()
    {
        string where = Row is int row ? $"row {row}" + (Line is int line && line != row ? $" (line {line})" : "") : "file";
        string column = Column is null ? "" : $", column '{Column}'";
        string value = Value is null ? "" : $", value '{Value}'";
        return $"{where}{column}{value}: {Message}";
    }
}
