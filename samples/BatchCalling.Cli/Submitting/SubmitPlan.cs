using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BatchCalling.Cli.Recipients;
using BatchCalling.Cli.Scheduling;

namespace BatchCalling.Cli.Submitting;

/// <summary>
/// Everything a submit will do, worked out and checked before anything is sent: the options, every row of the
/// file, and how the recipients fall into batches. Problems are reported all at once and nothing is sent.
/// </summary>
internal sealed record SubmitPlan(Campaign Campaign, RecipientValidation Validation, IReadOnlyList<BatchPart> Parts, int FirstPart)
{
    /// <summary>The API's limit per batch (the spec's maxItems on recipients).</summary>
    public const int MaxRecipientsPerBatch = 10000;

    public int RecipientCount => Validation.Recipients.Count;

    /// <summary>The parts this run submits (all of them, or from --start-part on).</summary>
    public IEnumerable<BatchPart> PartsToSend => Parts.Skip(FirstPart - 1);

    /// <returns>The plan, or null after writing every problem to <paramref name="error"/>.</returns>
    public static SubmitPlan? Build(SubmitOptions options, string path, DateTimeOffset now, TextWriter error)
    {
        List<string> problems = [];
        if (!PhoneNormalizer.IsKnownRegion(options.DefaultRegion))
        {
            problems.Add($"--default-region '{options.DefaultRegion}' is not a region code; use a two-letter code such as US, GB or DE.");
        }

        Encoding? encoding = null;
        if (options.Encoding is { } encodingName && (encoding = TextDecoding.Find(encodingName)) is null)
        {
            problems.Add($"--encoding '{encodingName}' is not an encoding this machine knows; try utf-8, utf-16 or windows-1252.");
        }

        Schedule? schedule = Schedule.Parse(options.At, options.TimeZone, now, out string? scheduleError);
        if (schedule is null)
        {
            problems.Add(scheduleError!);
        }

        if (options.AgentId is null && !options.FileCheckOnly)
        {
            problems.Add("--agent-id is required: the agent that makes the calls.");
        }

        if ((options.WhatsappTemplate is null) != (options.WhatsappTemplateLanguage is null))
        {
            problems.Add("--whatsapp-template and --whatsapp-template-language go together.");
        }

        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return null;
        }

        RecipientValidation validation = RecipientValidator.ValidateFile(path, options.DefaultRegion, encoding);
        if (!validation.IsValid)
        {
            ProblemReport.WriteErrors(error, validation);
            return null;
        }

        ProblemReport.WriteWarnings(error, validation);
        Campaign campaign = new()
        {
            AgentId = options.AgentId,
            PhoneNumberId = options.PhoneNumberId,
            Schedule = schedule!,
            Concurrency = options.Concurrency,
            Whatsapp = options.WhatsappTemplate is null ? null : new WhatsappSettings(options.WhatsappTemplate, options.WhatsappTemplateLanguage!, options.WhatsappPhoneNumberId),
            RingingTimeoutSeconds = options.RingingTimeoutSeconds,
            RecordCalls = options.RecordCalls,
            BranchId = options.BranchId,
            Environment = options.Environment,
        };

        int whatsappRecipients = validation.Recipients.Count(r => r.WhatsappUserId is not null);
        if (whatsappRecipients > 0 && campaign.Whatsapp is null)
        {
            error.WriteLine($"{whatsappRecipients} recipient(s) have a whatsapp_user_id: a WhatsApp batch needs --whatsapp-template NAME and --whatsapp-template-language CODE (nothing was sent).");
            return null;
        }

        string name = options.Name ?? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(path)} {now:yyyy-MM-dd HH:mm}");
        IReadOnlyList<BatchPart> parts = Split(name, validation.Recipients);
        if (parts.Count > 1 && !options.Split)
        {
            error.WriteLine($"{validation.Recipients.Count} recipients; one batch call takes at most 10,000. " +
                $"Add --split to submit them as {parts.Count} batches named \"{parts[0].Name}\" … \"{parts[^1].Name}\" (nothing was sent).");
            return null;
        }

        if (options.StartPart > parts.Count)
        {
            error.WriteLine($"--start-part {options.StartPart}: the file makes only {parts.Count} batch(es) (nothing was sent).");
            return null;
        }

        return new SubmitPlan(campaign, validation, parts, options.StartPart);
    }

    // Consecutive runs of at most 10,000, in file order: "name (1/3)", "name (2/3)", …
    private static List<BatchPart> Split(string name, IReadOnlyList<Recipient> recipients)
    {
        int count = Math.Max(1, (recipients.Count + MaxRecipientsPerBatch - 1) / MaxRecipientsPerBatch);
        List<BatchPart> parts = new(count);
        for (int i = 0; i < count; i++)
        {
            IReadOnlyList<Recipient> slice = [.. recipients.Skip(i * MaxRecipientsPerBatch).Take(MaxRecipientsPerBatch)];
            parts.Add(new BatchPart(count == 1 ? name : $"{name} ({i + 1}/{count})", i + 1, count, slice));
        }

        return parts;
    }
}
