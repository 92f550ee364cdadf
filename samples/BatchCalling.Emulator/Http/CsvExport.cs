using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BatchCalling.Emulator.Simulation;
using CsvHelper;
using ElevenLabs;
using ElevenLabs.Serialization;

namespace BatchCalling.Emulator.Http;

/// <summary>Renders a job's recipients as RFC 4180 CSV (CsvHelper): fixed columns, then one column per dynamic variable.</summary>
internal static class CsvExport
{
    private static readonly string[] FixedColumns = ["phone_number", "status", "conversation_id", "updated_at_unix"];

    public static void Write(Stream destination, BatchJob job, JobSnapshot snapshot)
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

        using CsvWriter csv = CsvWriter.Create(destination, CsvWriterOptions.Default, leaveOpen: true);
        foreach (string column in (IEnumerable<string>)[.. FixedColumns, .. variables])
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (RecipientSnapshot r in snapshot.Recipients)
        {
            Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> values = Variables(r);
            csv.WriteField(r.Recipient.Source.PhoneNumber ?? "");
            csv.WriteField(BatchCallRecipientStatusJsonConverter.ToWire(r.Status));
            csv.WriteField(r.ConversationId ?? "");
            csv.WriteField(job.ToUnix(r.UpdatedAt).ToString(CultureInfo.InvariantCulture));
            foreach (string name in variables)
            {
                csv.WriteField(values.TryGetValue(name, out var value) && value is { } v ? v.ToString() : "");
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static Dictionary<string, ConversationInitiationClientDataRequestInputDynamicVariables?> Variables(RecipientSnapshot r) =>
        r.Recipient.Source.ConversationInitiationClientData?.DynamicVariables ?? [];
}
