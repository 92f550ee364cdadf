using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Output;
using Spectre.Console;

namespace BatchCalling.Cli.Monitoring;

/// <summary>Tables for a job's recipients and for the job list. Cell text is escaped: names come from user files.</summary>
internal static class JobTables
{
    public static void WriteJob(IAnsiConsole console, BatchView job)
    {
        console.MarkupLineInterpolated($"[bold]{job.Name}[/] ({job.Id}) agent {job.AgentId}: [bold]{job.Status}[/]");
        console.WriteLine($"Scheduled {Timestamps.Readable(job.ScheduledAt)}{(job.Timezone is null ? "" : " (" + job.Timezone + ")")}; {JobProgress.From(job)}; retries {job.RetryCount}");
        if (job.Recipients is { } recipients)
        {
            WriteRecipients(console, recipients);
        }
    }

    private static void WriteRecipients(IAnsiConsole console, IReadOnlyList<RecipientView> recipients)
    {
        Table table = new Table().AddColumns("#", "Recipient", "Name", "Status", "Conversation");
        int i = 0;
        foreach (RecipientView r in recipients)
        {
            i++;
            table.AddRow(
                i.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.PhoneNumber ?? r.WhatsappUserId ?? ""),
                Markup.Escape(r.Name ?? ""),
                StatusMarkup(r.Status),
                Markup.Escape(r.ConversationId ?? ""));
        }

        console.Write(table);
        IEnumerable<string> counts = recipients.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        console.WriteLine("Recipients: " + string.Join(", ", counts));
    }

    public static void WriteList(IAnsiConsole console, IReadOnlyList<BatchView> jobs)
    {
        Table table = new Table().AddColumns("Id", "Name", "Status", "Agent", "Created", "Dispatched", "Finished");
        foreach (BatchView job in jobs)
        {
            table.AddRow(
                Markup.Escape(job.Id),
                Markup.Escape(job.Name),
                Markup.Escape(job.Status),
                Markup.Escape(job.AgentId),
                Timestamps.Readable(job.CreatedAt),
                $"{job.Dispatched}/{job.Total}",
                job.Finished.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine($"{jobs.Count} batch call{(jobs.Count == 1 ? "" : "s")}.");
    }

    private static string StatusMarkup(string status)
    {
        string text = Markup.Escape(status);
        return status switch
        {
            "completed" => $"[green]{text}[/]",
            "failed" => $"[red]{text}[/]",
            "voicemail" or "cancelled" => $"[yellow]{text}[/]",
            _ => text,
        };
    }
}
