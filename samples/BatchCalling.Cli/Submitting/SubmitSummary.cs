using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BatchCalling.Cli.Output;
using BatchCalling.Cli.Recipients;

namespace BatchCalling.Cli.Submitting;

/// <summary>What a submit is about to do, in words (before the confirmation, and for validate / --dry-run) or as JSON.</summary>
internal static class SubmitSummary
{
    public static void Write(TextWriter output, SubmitPlan plan, DateTimeOffset now)
    {
        Campaign c = plan.Campaign;
        (DateTimeOffset start, TimeZoneInfo zone) = Start(plan, now);
        string name = plan.Parts.Count == 1 ? plan.Parts[0].Name : plan.Parts[0].Name[..plan.Parts[0].Name.LastIndexOf(" (", StringComparison.Ordinal)];
        output.WriteLine($"Batch call \"{name}\": {plan.RecipientCount} recipient{(plan.RecipientCount == 1 ? "" : "s")}");
        Line(output, "Countries", string.Join(", ", Countries(plan.Validation.Recipients).Select(p => $"{p.Key} {p.Value}")));
        Line(output, "Agent", c.AgentId ?? "(not given; submit needs --agent-id)");
        Line(output, "Phone number", c.PhoneNumberId ?? "(not given: the agent's default)");
        string when = c.Schedule.UnixTime is null ? "now, on submit: " : "";
        Line(output, "Starts", $"{when}{Local(start, zone)} {zone.Id} = {start.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        Line(output, "Concurrency", c.Concurrency is int n ? $"at most {n} call{(n == 1 ? "" : "s")} at once per batch" : "the API's default");
        if (c.Whatsapp is { } wa)
        {
            Line(output, "WhatsApp", $"template {wa.TemplateName} ({wa.TemplateLanguage})" + (wa.PhoneNumberId is null ? "" : $", from {wa.PhoneNumberId}"));
        }

        if (c.RingingTimeoutSeconds is int ring)
        {
            Line(output, "Ringing", $"up to {ring} s");
        }

        if (c.RecordCalls is bool record)
        {
            Line(output, "Recording", record ? "on (Twilio call recording)" : "off");
        }

        if (c.BranchId is not null || c.Environment is not null)
        {
            Line(output, "Branch", $"{c.BranchId ?? "(default)"}, environment {c.Environment ?? "(default)"}");
        }

        if (plan.Parts.Count > 1)
        {
            string from = plan.FirstPart > 1 ? $", starting at part {plan.FirstPart}" : "";
            Line(output, "Split", $"{plan.Parts.Count} batches{from}: " + string.Join(", ", plan.Parts.Select(p => $"\"{p.Name}\" {p.Recipients.Count}")));
        }

        int warnings = plan.Validation.Warnings.Count();
        if (warnings > 0)
        {
            Line(output, "Warnings", $"{warnings} (listed above)");
        }
    }

    public static void WriteJson(TextWriter output, SubmitPlan plan, DateTimeOffset now) => JsonOutput.Write(output, indented: true, w =>
    {
        Campaign c = plan.Campaign;
        (DateTimeOffset start, TimeZoneInfo zone) = Start(plan, now);
        w.WriteStartObject();
        w.WriteNumber("recipients", plan.RecipientCount);
        w.WriteStartObject("countries");
        foreach ((string country, int count) in Countries(plan.Validation.Recipients))
        {
            w.WriteNumber(country, count);
        }

        w.WriteEndObject();
        w.WriteString("agent_id", c.AgentId);
        w.WriteString("phone_number_id", c.PhoneNumberId);
        w.WriteBoolean("starts_now", c.Schedule.UnixTime is null);
        w.WriteString("starts_at", Timestamps.Iso(start));
        w.WriteString("starts_at_local", TimeZoneInfo.ConvertTime(start, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteString("timezone", zone.Id);
        if (c.Concurrency is int concurrency)
        {
            w.WriteNumber("concurrency", concurrency);
        }
        else
        {
            w.WriteNull("concurrency");
        }

        w.WriteStartArray("batches");
        foreach (BatchPart part in plan.Parts)
        {
            w.WriteStartObject();
            w.WriteString("name", part.Name);
            w.WriteNumber("recipients", part.Recipients.Count);
            w.WriteBoolean("sent_by_this_run", part.Number >= plan.FirstPart);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (FileProblem warning in plan.Validation.Warnings)
        {
            w.WriteStringValue(warning.ToString());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Recipients per country (ISO region of the number; "WhatsApp" for WhatsApp-only recipients), most first.</summary>
    private static IEnumerable<KeyValuePair<string, int>> Countries(IEnumerable<Recipient> recipients) =>
        recipients.GroupBy(r => r.Region ?? (r.WhatsappUserId is null ? "unknown" : "WhatsApp"))
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    // "Now" is shown in this machine's zone; a scheduled start in the zone it was given in.
    private static (DateTimeOffset Start, TimeZoneInfo Zone) Start(SubmitPlan plan, DateTimeOffset now) =>
        plan.Campaign.Schedule.UnixTime is long unix
            ? (DateTimeOffset.FromUnixTimeSeconds(unix), FindZone(plan.Campaign.Schedule.TimeZoneId))
            : (now, TimeZoneInfo.Local);

    private static TimeZoneInfo FindZone(string? id) => id is null ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(id);

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"  {label + ":",-14}{value}");
}
