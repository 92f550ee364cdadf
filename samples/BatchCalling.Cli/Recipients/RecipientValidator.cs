using System;
using System.Collections.Generic;
using System.Linq;
using ElevenLabs;

namespace BatchCalling.Cli.Recipients;

/// <summary>Checks every row and column of a table and collects all problems at once, so one run shows them all.</summary>
internal sealed class RecipientValidator(PhoneNormalizer phones)
{
    public static RecipientValidation ValidateFile(string path, string defaultRegion, System.Text.Encoding? encoding = null)
    {
        List<FileProblem> problems = [];
        RecipientTable table = RecipientFileReader.Read(path, problems, encoding);
        return new RecipientValidator(new PhoneNormalizer(defaultRegion)).Validate(table, problems);
    }

    public RecipientValidation Validate(RecipientTable table, List<FileProblem>? readProblems = null)
    {
        List<FileProblem> problems = readProblems ?? [];
        ColumnMap columns = ColumnMap.Create(table.Headers, problems);
        List<Recipient> recipients = new(table.Rows.Count);
        Dictionary<string, int> rowByNumber = new(StringComparer.Ordinal);
        Dictionary<string, int> rowByWhatsapp = new(StringComparer.Ordinal);
        Dictionary<string, int> rowById = new(StringComparer.Ordinal);
        int nonBlankRows = 0;
        foreach (RawRow row in table.Rows)
        {
            if (row.Cells.All(c => c.IsEmpty))
            {
                continue; // blank rows are noise, not recipients
            }

            nonBlankRows++;
            if (ReadRow(row, columns, problems) is not { } recipient)
            {
                continue;
            }

            // Non-short-circuiting &, so every duplicate on the row is reported.
            bool unique =
                Claim(rowByNumber, recipient.PhoneNumber, row, ("phone_number", columns.PhoneColumn), "duplicate number {0} (already on row {1}); each number can be called once per batch", problems)
                & Claim(rowByWhatsapp, recipient.WhatsappUserId, row, ("whatsapp_user_id", columns.WhatsappColumn), "duplicate WhatsApp user {0} (already on row {1}); each recipient can be called once per batch", problems)
                & Claim(rowById, recipient.Id, row, ("id", columns.IdColumn), "duplicate id {0} (already on row {1}); every recipient needs its own id", problems);
            if (unique)
            {
                recipients.Add(recipient);
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

        return new RecipientValidation(table, recipients, problems);
    }

    /// <returns>False (and a problem) when <paramref name="key"/> was already claimed by an earlier row.</returns>
    private static bool Claim(Dictionary<string, int> seen, string? key, RawRow row, (string Name, int Index) column, string message, List<FileProblem> problems)
    {
        if (key is null || seen.TryAdd(key, row.Row))
        {
            return true;
        }

        problems.Add(new FileProblem(row.Row, row.Line, column.Name, row.Cells[column.Index].Text, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, key, seen[key])));
        return false;
    }

    private Recipient? ReadRow(RawRow row, ColumnMap columns, List<FileProblem> problems)
    {
        bool rowHasErrors = false;
        string? phone = null, region = null, whatsapp = null, id = null;
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
                // With a whatsapp_user_id column, a row may leave phone_number empty.
                case ColumnKind.PhoneNumber when !cell.IsEmpty || columns.WhatsappColumn < 0:
                    phone = phones.Normalize(cell.Text, out region, out string? error);
                    if (phone is null)
                    {
                        problems.Add(new FileProblem(row.Row, row.Line, name, cell.Text, error!));
                        rowHasErrors = true;
                    }

                    break;
                case ColumnKind.WhatsappUserId when !cell.IsEmpty:
                    whatsapp = cell.Text.Trim();
                    break;
                case ColumnKind.RecipientId when !cell.IsEmpty:
                    id = cell.Text.Trim();
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

        // Without either column the file already has its one "missing column" error.
        if (phone is null && whatsapp is null && !rowHasErrors && (columns.PhoneColumn >= 0 || columns.WhatsappColumn >= 0))
        {
            string column = columns.PhoneColumn >= 0 ? "phone_number" : "whatsapp_user_id";
            problems.Add(new FileProblem(row.Row, row.Line, column, "", columns.PhoneColumn >= 0 && columns.WhatsappColumn >= 0
                ? "needs a phone_number or a whatsapp_user_id"
                : $"{column} is empty"));
            rowHasErrors = true;
        }

        return rowHasErrors || (phone is null && whatsapp is null) ? null : new Recipient(row.Row, phone, variables, new RecipientOverrides(language, firstMessage, systemPrompt, voiceId))
        {
            Region = region,
            WhatsappUserId = whatsapp,
            Id = id,
        };
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
        if (FormulaRule.LooksLikeFormula(text))
        {
            problems.Add(new FileProblem(row.Row, row.Line, column, text,
                "looks like a spreadsheet formula; it is sent as plain text and never evaluated", ProblemSeverity.Warning));
        }
    }
}
