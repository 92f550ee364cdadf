using System;
using System.Collections.Generic;
using System.Linq;
using ElevenLabs;

namespace BatchCalling.Cli.Recipients;

/// <summary>Checks every row and column of a table and collects all problems at once, so one run shows them all.</summary>
internal sealed class RecipientValidator(PhoneNormalizer phones)
{
    /// <summary>The API's limit per batch (the spec's maxItems on recipients).</summary>
    public const int MaxRecipients = 10000;

    public static RecipientValidation ValidateFile(string path, string defaultRegion)
    {
        List<FileProblem> problems = [];
        RecipientTable table = RecipientFileReader.Read(path, problems);
        return new RecipientValidator(new PhoneNormalizer(defaultRegion)).Validate(table, problems);
    }

    public RecipientValidation Validate(RecipientTable table, List<FileProblem>? readProblems = null)
    {
        List<FileProblem> problems = readProblems ?? [];
        ColumnMap columns = ColumnMap.Create(table.Headers, problems);
        List<Recipient> recipients = new(table.Rows.Count);
        Dictionary<string, int> firstRowByNumber = new(StringComparer.Ordinal);
        int nonBlankRows = 0;
        foreach (RawRow row in table.Rows)
        {
            if (row.Cells.All(c => c.IsEmpty))
            {
                continue; // blank rows are noise, not recipients
            }

            nonBlankRows++;

            if (ReadRow(row, columns, problems) is { } recipient)
            {
                if (firstRowByNumber.TryGetValue(recipient.PhoneNumber, out int first))
                {
                    problems.Add(new FileProblem(row.Row, row.Line, "phone_number", row.Cells[columns.PhoneColumn].Text,
                        $"duplicate number {recipient.PhoneNumber} (already on row {first}); each number can be called once per batch"));
                }
                else
                {
                    firstRowByNumber.Add(recipient.PhoneNumber, row.Row);
                    recipients.Add(recipient);
                }
            }
        }

        if (table.Headers.Count == 0)
        {
            // Nothing at all: one plain message instead of "no header" + "no phone_number".
            problems.Clear();
            problems.Add(FileProblem.WholeFile("the file is empty; it needs a header row with phone_number and at least one recipient"));
        }
        else if (nonBlankRows == 0)
        {
            problems.Add(FileProblem.WholeFile("the file has a header row but no recipients"));
        }

        if (firstRowByNumber.Count > MaxRecipients)
        {
            problems.Add(FileProblem.WholeFile($"{firstRowByNumber.Count} recipients; one batch call takes at most {MaxRecipients}: split the file"));
        }

        return new RecipientValidation(table.Source, recipients, problems);
    }

    private Recipient? ReadRow(RawRow row, ColumnMap columns, List<FileProblem> problems)
    {
        bool rowHasErrors = false;
        string? phone = null;
        Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> variables = new(StringComparer.Ordinal);
        string? language = null, firstMessage = null, systemPrompt = null, voiceId = null;

        for (int i = 0; i < Math.Max(row.Cells.Count, columns.Names.Count); i++)
        {
            RawCell cell = i < row.Cells.Count ? row.Cells[i] : new RawCell("");
            if (i >= columns.Names.Count)
            {
                if (!cell.IsEmpty)
                {
                    problems.Add(new FileProblem(row.Row, row.Line, $"#{i + 1}", cell.Text, "value in a column without a header; add a header or remove the value"));
                    rowHasErrors = true;
                }

                continue;
            }

            string name = columns.Names[i];
            switch (columns.Kinds[i])
            {
                case ColumnKind.PhoneNumber:
                    phone = phones.Normalize(cell.Text, out string? error);
                    if (phone is null)
                    {
                        problems.Add(new FileProblem(row.Row, row.Line, name, cell.Text, error!));
                        rowHasErrors = true;
                    }

                    break;
                case ColumnKind.Ignored when name.Length == 0 && !cell.IsEmpty:
                    problems.Add(new FileProblem(row.Row, row.Line, $"#{i + 1}", cell.Text, "value in a column without a header; add a header or remove the value"));
                    rowHasErrors = true;
                    break;
                case ColumnKind.Language:
                    language = Text(cell, row, name, problems);
                    break;
                case ColumnKind.FirstMessage:
                    firstMessage = Text(cell, row, name, problems);
                    break;
                case ColumnKind.SystemPrompt:
                    systemPrompt = Text(cell, row, name, problems);
                    break;
                case ColumnKind.VoiceId:
                    voiceId = Text(cell, row, name, problems);
                    break;
                case ColumnKind.Variable when !cell.IsEmpty:
                    ConversationInitiationClientDataRequestInputDynamicVariables value = ValueTyper.Type(cell);
                    if (value.IsString)
                    {
                        WarnIfFormula(cell.Text, row, name, problems);
                    }

                    variables[name] = value;
                    break;
            }
        }

        return phone is null || rowHasErrors ? null : new Recipient(row.Row, phone, variables, new RecipientOverrides(language, firstMessage, systemPrompt, voiceId));
    }

    // Override cells are always text (a voice id of digits must not become a number); empty means "agent default".
    private static string? Text(RawCell cell, RawRow row, string column, List<FileProblem> problems)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        WarnIfFormula(cell.Text, row, column, problems);
        return cell.Text.Trim();
    }

    private static void WarnIfFormula(string text, RawRow row, string column, List<FileProblem> problems)
    {
        if (ValueTyper.LooksLikeFormula(text))
        {
            problems.Add(new FileProblem(row.Row, row.Line, column, text,
                "looks like a spreadsheet formula; it is sent as plain text and never evaluated", ProblemSeverity.Warning));
        }
    }
}
