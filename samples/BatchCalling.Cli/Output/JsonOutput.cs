using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BatchCalling.Cli.Api;

namespace BatchCalling.Cli.Output;

/// <summary>
/// What --json prints: the CLI's own documented shape (snake_case, ISO 8601 UTC times), written from views, so it
/// stays the same when the generated models change.
/// </summary>
internal static class JsonOutput
{
    /// <summary>One document; <paramref name="indented"/> for single results, compact for one-per-line streams.</summary>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Flush();
    }

    public static void Batch(TextWriter output, BatchView batch, bool indented) => Write(output, indented, w => Batch(w, batch));

    public static void List(TextWriter output, IReadOnlyList<BatchView> batches) => Write(output, indented: true, w =>
    {
        w.WriteStartArray();
        foreach (BatchView batch in batches)
        {
            Batch(w, batch);
        }

        w.WriteEndArray();
    });

    public static void Batch(Utf8JsonWriter w, BatchView b)
    {
        w.WriteStartObject();
        w.WriteString("id", b.Id);
        w.WriteString("name", b.Name);
        w.WriteString("status", b.Status);
        w.WriteString("agent_id", b.AgentId);
        w.WriteString("phone_number_id", b.PhoneNumberId);
        w.WriteString("created_at", Timestamps.Iso(b.CreatedAt));
        w.WriteString("scheduled_at", Timestamps.Iso(b.ScheduledAt));
        w.WriteString("timezone", b.Timezone);
        w.WriteNumber("total", b.Total);
        w.WriteNumber("dispatched", b.Dispatched);
        w.WriteNumber("finished", b.Finished);
        w.WriteNumber("retry_count", b.RetryCount);
        if (b.Recipients is { } recipients)
        {
            w.WriteStartObject("recipient_counts");
            foreach (IGrouping<string, RecipientView> group in recipients.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(group.Key, group.Count());
            }

            w.WriteEndObject();
            w.WriteStartArray("recipients");
            foreach (RecipientView r in recipients)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("phone_number", r.PhoneNumber);
                w.WriteString("whatsapp_user_id", r.WhatsappUserId);
                w.WriteString("status", r.Status);
                w.WriteString("conversation_id", r.ConversationId);
                w.WriteString("updated_at", Timestamps.Iso(r.UpdatedAt));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
