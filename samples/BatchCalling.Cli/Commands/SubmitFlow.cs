using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Recipients;
using BatchCalling.Cli.Scheduling;
using ElevenLabs;

namespace BatchCalling.Cli.Commands;

/// <summary>Validate locally, submit, and optionally watch to the end: the heart of <c>submit</c> and the demo.</summary>
internal static class SubmitFlow
{
    /// <summary>The agent the in-process emulator accepts when none is given (the emulator has no agent registry).</summary>
    public const string DemoAgentId = "agent_demo";

    public static async Task<int> RunAsync(CommandContext context, ParseResult parse, SubmitRequest request, CancellationToken cancellationToken)
    {
        TextWriter error = context.Error;
        if (!PhoneNormalizer.IsKnownRegion(request.DefaultRegion))
        {
            error.WriteLine($"--default-region '{request.DefaultRegion}' is not a region code; use a two-letter code such as US, GB or DE.");
            return ExitCodes.InvalidInput;
        }

        if (request.Concurrency is < 1)
        {
            error.WriteLine("--concurrency must be at least 1.");
            return ExitCodes.InvalidInput;
        }

        Schedule? schedule = Schedule.Parse(request.At, request.TimeZone, context.Settings.Time.GetUtcNow(), out string? scheduleError);
        if (schedule is null)
        {
            error.WriteLine(scheduleError);
            return ExitCodes.InvalidInput;
        }

        // The whole file is checked before anything is sent: one report, then exit 2.
        string path = context.Resolve(request.RecipientsPath);
        RecipientValidation validation = RecipientValidator.ValidateFile(path, request.DefaultRegion);
        if (!validation.IsValid)
        {
            ProblemReport.WriteErrors(error, validation);
            return ExitCodes.InvalidInput;
        }

        ProblemReport.WriteWarnings(error, validation);
        await using ApiSession? session = await context.OpenSessionAsync(parse, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return ExitCodes.InvalidInput;
        }

        string? agentId = request.AgentId ?? (session.IsInProcessEmulator ? DemoAgentId : null);
        if (agentId is null)
        {
            error.WriteLine("--agent-id is required when talking to a real API.");
            return ExitCodes.InvalidInput;
        }

        if (session.IsInProcessEmulator)
        {
            error.WriteLine($"No ELEVENLABS_API_KEY and no --base-url: using an in-process emulator at {session.BaseAddress} (it stops when this command exits).");
        }

        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost body = new()
        {
            CallName = request.Name ?? $"{Path.GetFileNameWithoutExtension(path)} {context.Settings.Time.GetUtcNow():yyyy-MM-dd HH:mm}",
            AgentId = agentId,
            AgentPhoneNumberId = request.PhoneNumberId,
            Recipients = [.. validation.Recipients.Select(RecipientMapper.ToRequest)],
            ScheduledTimeUnix = schedule.UnixTime,
            Timezone = schedule.TimeZoneId,
            TargetConcurrencyLimit = request.Concurrency,
        };

        BatchCallResponse created = await session.BatchCalls.CreateAsync(body, cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine($"Submitted batch call {created.Id} \"{created.Name}\" with {validation.Recipients.Count} recipients (status {JobProgressText(created.Status)}).");
        if (!request.Watch)
        {
            context.Out.WriteLine($"Follow it with: watch {created.Id}");
            return ExitCodes.Ok;
        }

        return await WatchFlow.RunAsync(context, session, created.Id, cancellationToken).ConfigureAwait(false);
    }

    private static string JobProgressText(BatchCallStatus status) =>
        status == BatchCallStatus.Unknown ? "unknown" : ElevenLabs.Serialization.BatchCallStatusJsonConverter.ToWire(status);
}
