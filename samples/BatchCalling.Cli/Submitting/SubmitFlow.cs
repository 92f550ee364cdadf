using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Commands;
using BatchCalling.Cli.Output;

namespace BatchCalling.Cli.Submitting;

/// <summary>
/// Validate locally, summarise, confirm, submit (each part of a split file), and optionally watch: the heart of
/// <c>submit</c>, <c>validate</c> and the demo.
/// </summary>
internal static class SubmitFlow
{
    /// <summary>The agent the in-process emulator accepts when none is given (the emulator has no agent registry).</summary>
    public const string DemoAgentId = "agent_demo";

    /// <param name="target">The API to use; null resolves it from the key and the options (dry runs need none).</param>
    /// <param name="announceEmulator">Say that an in-process emulator is used (the demo says it its own way).</param>
    public static async Task<int> RunAsync(
        CommandContext context, ParseResult parse, SubmitOptions options, ApiTarget? target, CancellationToken cancellationToken, bool announceEmulator = true)
    {
        TextWriter human = context.Human(options.Json);
        if (!options.DryRun)
        {
            target ??= context.ResolveTarget(parse);
            if (target is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (target.IsInProcessEmulator)
            {
                options = options with { AgentId = options.AgentId ?? DemoAgentId };
            }
        }

        DateTimeOffset now = context.Settings.Time.GetUtcNow();
        string path = context.Resolve(options.RecipientsPath);
        if (SubmitPlan.Build(options, path, now, context.Error) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        if (options.DryRun)
        {
            if (options.Json)
            {
                SubmitSummary.WriteJson(context.Out, plan, now);
            }
            else
            {
                SubmitSummary.Write(context.Out, plan, now);
                context.Out.WriteLine("Checked; nothing was sent.");
            }

            return ExitCodes.Ok;
        }

        SubmitSummary.Write(human, plan, now);
        // Fake calls need no confirmation; real ones do (or --yes).
        if (!target!.IsInProcessEmulator && !options.Yes && !Confirmation.Ask(context.Settings, plan.RecipientCount, context.Error))
        {
            return ExitCodes.InvalidInput;
        }

        await using ApiSession session = await context.OpenAsync(target, parse, cancellationToken, announceEmulator)
            .ConfigureAwait(false);
        List<BatchView> created = [];
        SubmitSender sender = new(session.Batches, context.Settings, context.Error);
        foreach (BatchPart part in plan.PartsToSend)
        {
            SubmitOutcome outcome = await sender.SendAsync(plan.Campaign, part, () => Rerun(context, part), cancellationToken).ConfigureAwait(false);
            if (outcome.Batch is not { } batch)
            {
                ReportPartial(context.Error, created, part);
                return outcome.ExitCode;
            }

            created.Add(batch);
            if (options.Json)
            {
                JsonOutput.Batch(context.Out, batch, indented: false);
            }
            else
            {
                context.Out.WriteLine($"Submitted batch call {batch.Id} \"{batch.Name}\" with {part.Recipients.Count} recipients (status {batch.Status}).");
            }
        }

        if (!options.Watch)
        {
            foreach (BatchView batch in created)
            {
                human.WriteLine($"Follow it with: watch {batch.Id}");
            }

            return ExitCodes.Ok;
        }

        int exit = ExitCodes.Ok;
        foreach (BatchView batch in created)
        {
            // The worst outcome wins: a failed part makes the whole run fail.
            exit = Math.Max(exit, await WatchFlow.RunAsync(context, session, batch, options.PollInterval ?? context.Settings.PollInterval, options.Json, cancellationToken)
                .ConfigureAwait(false));
        }

        return exit;
    }

    // With --split, the parts already created must not be sent again.
    private static string Rerun(CommandContext context, BatchPart part) =>
        part.Of == 1 || part.Number == 1 ? context.CommandLine() : $"{context.CommandLine()} --start-part {part.Number}";

    private static void ReportPartial(TextWriter error, List<BatchView> created, BatchPart failed)
    {
        if (created.Count > 0)
        {
            error.WriteLine($"Created before part {failed.Number} of {failed.Of} failed: " + string.Join(", ", created.ConvertAll(b => $"{b.Id} \"{b.Name}\"")) + ".");
        }
    }
}
