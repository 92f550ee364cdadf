using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using ElevenLabs;
using ElevenLabs.Serialization;

namespace BatchCalling.Cli.Commands;

/// <summary>The commands that act on one batch call by id: get, watch, cancel, retry, delete.</summary>
internal static class JobCommands
{
    public static Command Get(CommandContext context) => Create(context, "get", "Show a batch call and its recipients.",
        async (session, id, _, ct) =>
        {
            JobTables.WriteJob(context.Console, await session.BatchCalls.GetAsync(id, ct).ConfigureAwait(false));
            return ExitCodes.Ok;
        });

    public static Command Watch(CommandContext context) => Create(context, "watch", "Follow a batch call until it ends (Ctrl+C stops watching, not the batch).",
        (session, id, _, ct) => WatchFlow.RunAsync(context, session, id, ct));

    public static Command Cancel(CommandContext context) => Create(context, "cancel", "Cancel a batch call: queued calls are dropped, calls in progress finish.",
        async (session, id, _, ct) =>
        {
            BatchCallResponse job = await session.BatchCalls.CancelAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Batch call {job.Id} is {Wire(job.Status)}.");
            return ExitCodes.Ok;
        });

    public static Command Retry(CommandContext context) => Create(context, "retry", "Call the failed and unanswered recipients of a finished batch again.",
        async (session, id, _, ct) =>
        {
            BatchCallResponse job = await session.BatchCalls.RetryAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Batch call {job.Id} is {Wire(job.Status)} (retry {job.RetryCount ?? 0}, {job.TotalCallsScheduled} calls scheduled in total).");
            return ExitCodes.Ok;
        });

    public static Command Delete(CommandContext context) => Create(context, "delete", "Delete a batch call and its recipient records (conversations stay in history).",
        async (session, id, _, ct) =>
        {
            await session.BatchCalls.DeleteAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Deleted batch call {id}.");
            return ExitCodes.Ok;
        });

    internal static Command Create(
        CommandContext context, string name, string description, Func<ApiSession, string, ParseResult, CancellationToken, Task<int>> action, params Option[] options)
    {
        Argument<string> id = new("id") { Description = "The batch call id (btcal_...)." };
        Command command = new(name, description) { id };
        foreach (Option option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error, async () =>
        {
            await using ApiSession? session = await context.OpenSessionAsync(parse, cancellationToken).ConfigureAwait(false);
            return session is null ? ExitCodes.InvalidInput : await action(session, parse.GetValue(id)!, parse, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static string Wire(BatchCallStatus status) => status == BatchCallStatus.Unknown ? "unknown" : BatchCallStatusJsonConverter.ToWire(status);
}
