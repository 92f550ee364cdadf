using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using BatchCalling.Cli.Output;

namespace BatchCalling.Cli.Commands;

/// <summary>The commands that act on one batch call by id: get, watch, cancel, retry, delete.</summary>
internal static class JobCommands
{
    public static Command Get(CommandContext context)
    {
        Option<bool> json = Json();
        return Create(context, "get", "Show a batch call and its recipients (exit 3 if it ended failed, 4 if cancelled).",
            async (session, id, parse, ct) =>
            {
                BatchView job = await session.Batches.GetAsync(id, ct).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    JsonOutput.Batch(context.Out, job, indented: true);
                }
                else
                {
                    JobTables.WriteJob(context.Console, job);
                }

                return ExitCodes.ForBatch(job.Status);
            },
            json);
    }

    public static Command Watch(CommandContext context)
    {
        Option<bool> json = Json();
        Option<TimeSpan?> pollInterval = PollInterval();
        return Create(context, "watch", "Follow a batch call until it ends (Ctrl+C stops watching, not the batch; exit 3 if it failed, 4 if cancelled).",
            (session, id, parse, ct) => WatchFlow.RunAsync(context, session, id, parse.GetValue(pollInterval) ?? context.Settings.PollInterval, parse.GetValue(json), ct),
            json,
            pollInterval);
    }

    public static Command Cancel(CommandContext context) => Create(context, "cancel", "Cancel a batch call: queued calls are dropped, calls in progress finish.",
        async (session, id, _, ct) =>
        {
            BatchView job = await session.Batches.CancelAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Batch call {job.Id} is {job.Status}.");
            return ExitCodes.Ok;
        });

    public static Command Retry(CommandContext context) => Create(context, "retry", "Call the failed and unanswered recipients of a finished batch again.",
        async (session, id, _, ct) =>
        {
            BatchView job = await session.Batches.RetryAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Batch call {job.Id} is {job.Status} (retry {job.RetryCount}, {job.Total} calls scheduled in total).");
            return ExitCodes.Ok;
        });

    public static Command Delete(CommandContext context) => Create(context, "delete", "Delete a batch call and its recipient records (conversations stay in history).",
        async (session, id, _, ct) =>
        {
            await session.Batches.DeleteAsync(id, ct).ConfigureAwait(false);
            context.Out.WriteLine($"Deleted batch call {id}.");
            return ExitCodes.Ok;
        });

    public static Option<bool> Json() => new("--json") { Description = "Print JSON to standard output (and nothing else there)." };

    public static Option<TimeSpan?> PollInterval() =>
        OptionParsers.Seconds("--poll-interval", "Seconds between two looks at a running batch (default 5); only its counters are fetched.");

    internal static Command Create(
        CommandContext context, string name, string description, Func<ApiSession, string, ParseResult, CancellationToken, Task<int>> action, params Option[] options)
    {
        Argument<string> id = new("id") { Description = "The batch call id (btcal_...)." };
        Command command = new(name, description) { id };
        foreach (Option option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => WithSessionAsync(context, parse, session => action(session, parse.GetValue(id)!, parse, cancellationToken), cancellationToken));
        return command;
    }

    /// <summary>Resolves the target (exit 2 without a key or --emulator), opens the session and runs the action under the error guard.</summary>
    internal static Task<int> WithSessionAsync(CommandContext context, ParseResult parse, Func<ApiSession, Task<int>> action, CancellationToken cancellationToken) =>
        ApiErrors.GuardAsync(context.Error, async () =>
        {
            if (context.ResolveTarget(parse) is not { } target)
            {
                return ExitCodes.InvalidInput;
            }

            await using ApiSession session = await context.OpenAsync(target, parse, cancellationToken).ConfigureAwait(false);
            return await action(session).ConfigureAwait(false);
        }, cancellationToken);
}
