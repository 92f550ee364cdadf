using System;
using System.Collections.Generic;
using System.Linq;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Output;
using BatchCalling.Cli.Recipients;

namespace BatchCalling.Cli.Results;

/// <summary>
/// The user's own recipient file with each row's outcome added (status, conversation_id, updated_at), matched by
/// normalised phone number (so "(415) 555-0132" finds +14155550132) or by WhatsApp user id.
/// </summary>
internal sealed class ResultsTable
{
    public static readonly string[] AddedColumns = ["status", "conversation_id", "updated_at"];

    private ResultsTable(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<RawCell>> rows, IReadOnlyList<int> unmatchedRows)
    {
        Headers = headers;
        Rows = rows;
        UnmatchedRows = unmatchedRows;
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<IReadOnlyList<RawCell>> Rows { get; }

    /// <summary>Spreadsheet rows (header = 1) whose recipient is in none of the batches.</summary>
    public IReadOnlyList<int> UnmatchedRows { get; }

    public int Matched => Rows.Count - UnmatchedRows.Count;

    public static ResultsTable Merge(RecipientTable file, ColumnMap columns, PhoneNormalizer phones, IEnumerable<BatchView> batches)
    {
        // A number in several batches (say, submitted again) takes its latest outcome.
        Dictionary<string, RecipientView> byKey = new(StringComparer.Ordinal);
        foreach (RecipientView r in batches.SelectMany(b => b.Recipients ?? []).OrderBy(r => r.UpdatedAt))
        {
            foreach (string key in (string?[])[Key(r.PhoneNumber, null), Key(null, r.WhatsappUserId)] is var keys ? keys.OfType<string>() : [])
            {
                byKey[key] = r;
            }
        }

        List<string> headers = [.. file.Headers];
        int[] added = [.. AddedColumns.Select(name => IndexOrAppend(headers, name))];
        List<IReadOnlyList<RawCell>> rows = new(file.Rows.Count);
        List<int> unmatched = [];
        foreach (RawRow row in file.Rows)
        {
            RawCell[] cells = new RawCell[Math.Max(headers.Count, row.Cells.Count)];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = i < row.Cells.Count ? row.Cells[i] : new RawCell("");
            }

            if (row.Cells.All(c => c.IsEmpty))
            {
                rows.Add(cells);
                continue;
            }

            RecipientView? outcome = Find(row, columns, phones, byKey);
            if (outcome is null)
            {
                unmatched.Add(row.Row);
            }

            string[] values = outcome is null ? ["", "", ""] : [outcome.Status, outcome.ConversationId ?? "", Timestamps.Iso(outcome.UpdatedAt)];
            for (int i = 0; i < added.Length; i++)
            {
                cells[added[i]] = new RawCell(values[i]);
            }

            rows.Add(cells);
        }

        return new ResultsTable(headers, rows, unmatched);
    }

    private static RecipientView? Find(RawRow row, ColumnMap columns, PhoneNormalizer phones, Dictionary<string, RecipientView> byKey)
    {
        string? phone = Cell(row, columns.PhoneColumn) is { Length: > 0 } raw ? phones.Normalize(raw, out _) : null;
        string? whatsapp = Cell(row, columns.WhatsappColumn) is { Length: > 0 } id ? id : null;
        return (Key(phone, null) is { } p && byKey.TryGetValue(p, out RecipientView? byPhone) ? byPhone : null)
            ?? (Key(null, whatsapp) is { } w && byKey.TryGetValue(w, out RecipientView? byWhatsapp) ? byWhatsapp : null);
    }

    private static string? Cell(RawRow row, int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Text.Trim() : null;

    private static string? Key(string? phone, string? whatsapp) => phone is not null ? "tel:" + phone : whatsapp is not null ? "wa:" + whatsapp : null;

    // Running results on its own output updates the columns instead of adding them twice.
    private static int IndexOrAppend(List<string> headers, string name)
    {
        int index = headers.FindIndex(h => h.Trim() == name);
        if (index < 0)
        {
            headers.Add(name);
            index = headers.Count - 1;
        }

        return index;
    }
}
