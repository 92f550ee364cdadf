using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using BatchCalling.Emulator.Simulation;
using ElevenLabs;
using ElevenLabs.Serialization;

namespace BatchCalling.Emulator.Http;

/// <summary>Renders a job's recipients as RFC 4180 CSV: fixed columns, then one column per dynamic variable.</summary>
internal static class CsvExport
{
    private static readonly string[] FixedColumns = ["phone_number", "status", "conversation_id", "updated_at_unix"];

    public static string Render(BatchJob job, JobSnapshot snapshot)
    {
        // Variable columns in first-seen order, so the export follows the uploaded list's layout.
        List<string> variables = [];
        HashSet<string> seen = [];
        foreach (RecipientSnapshot r in snapshot.Recipients)
        {
            foreach (string name in Variables(r).Keys)
            {
                if (seen.Add(name))
                {
                    variables.Add(name);
                }
            }
        }

        StringBuilder csv = new();
        WriteRow(csv, [.. FixedColumns, .. variables]);
        foreach (RecipientSnapshot r in snapshot.Recipients)
        {
            Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> values = Variables(r);
            List<string> row =
            [
                r.Recipient.Source.PhoneNumber ?? "",
                BatchCallRecipientStatusJsonConverter.ToWire(r.Status),
                r.ConversationId ?? "",
                job.ToUnix(r.UpdatedAt).ToString(CultureInfo.InvariantCulture),
            ];
            foreach (string name in variables)
            {
                row.Add(values.TryGetValue(name, out var value) && value is { } v ? v.ToString() : "");
            }

            WriteRow(csv, row);
        }

        return csv.ToString();
    }

    private static Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> Variables(RecipientSnapshot r) =>
        r.Recipient.Source.ConversationInitiationClientData?.DynamicVariables ?? [];

    private static void WriteRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(fields[i]));
        }

        csv.Append("\r\n"); // RFC 4180 line break
    }

    // Quote only when needed; embedded quotes are doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
