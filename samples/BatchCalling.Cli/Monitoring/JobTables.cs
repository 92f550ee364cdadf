using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ElevenLabs;
using ElevenLabs.Serialization;
using Spectre.Console;

namespace BatchCalling.Cli.Monitoring;

/// <summary>Tables for a job's recipients and for the job list. Cell text is escaped: names come from user files.</summary>
internal static class JobTables
{
    public static void WriteJob(IAnsiConsole console, BatchCallDetailedResponse job)
    {
        JobProgress p = JobProgress.From(job);
        console.MarkupLineInterpolated($"[bold]{job.Name}[/] ({job.Id}) agent {job.AgentId}: [bold]{p.StatusText}[/]");
        console.WriteLine($"Scheduled {Time(job.ScheduledTimeUnix)}{(job.Timezone is null ? "" : " (" + job.Timezone + ")")}; {p}; retries {job.RetryCount}");
        WriteRecipients(console, job);
    }

    public static void WriteRecipients(IAnsiConsole console, BatchCallDetailedResponse job)
    {
        Table table = new Table().AddColumns("#", "Phone number", "Name", "Status", "Conversation");
        int i = 0;
        foreach (OutboundCallRecipientResponseModel r in job.Recipients)
        {
            i++;
            table.AddRow(
                i.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.PhoneNumber ?? r.WhatsappUserId ?? ""),
                Markup.Escape(Name(r) ?? ""),
                StatusMarkup(r.Status),
                Markup.Escape(r.ConversationId ?? ""));
        }

        console.Write(table);
        IEnumerable<string> counts = job.Recipients.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{Wire(g.Key)} {g.Count()}");
        console.WriteLine("Recipients: " + string.Join(", ", counts));
    }

    public static void WriteList(IAnsiConsole console, IReadOnlyList<BatchCallResponse> jobs)
    {
        Table table = new Table().AddColumns("Id", "Name", "Status", "Agent", "Created", "Dispatched", "Finished");
        foreach (BatchCallResponse job in jobs)
        {
            table.AddRow(
                Markup.Escape(job.Id),
                Markup.Escape(job.Name),
                Markup.Escape(job.Status == BatchCallStatus.Unknown ? "unknown" : BatchCallStatusJsonConverter.ToWire(job.Status)),
                Markup.Escape(job.AgentId),
                Time(job.CreatedAtUnix),
                $"{job.TotalCallsDispatched}/{job.TotalCallsScheduled}",
                (job.TotalCallsFinished ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"{jobs.Count} batch call{(jobs.Count == 1 ? "" : "s")}.");
    }

    private static string? Name(OutboundCallRecipientResponseModel r) =>
        r.ConversationInitiationClientData?.DynamicVariables is { ValueKind: JsonValueKind.Object } vars
        && vars.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    private static string StatusMarkup(BatchCallRecipientStatus status)
    {
        string text = Markup.Escape(Wire(status));
        return status switch
        {
            BatchCallRecipientStatus.Completed => $"[green]{text}[/]",
            BatchCallRecipientStatus.Failed => $"[red]{text}[/]",
            BatchCallRecipientStatus.Voicemail or BatchCallRecipientStatus.Cancelled => $"[yellow]{text}[/]",
            _ => text,
        };
    }

    private static string Wire(BatchCallRecipientStatus status) =>
        status == BatchCallRecipientStatus.Unknown ? "unknown" : BatchCallRecipientStatusJsonConverter.ToWire(status);

    private static string Time(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
