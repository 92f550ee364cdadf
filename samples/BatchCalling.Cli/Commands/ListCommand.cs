using System.Collections.Generic;
using System.Threading.Tasks;
using System.CommandLine;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using ElevenLabs;

namespace BatchCalling.Cli.Commands;

/// <summary><c>list</c>: every batch call in the workspace, all pages.</summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        Option<string?> agentId = new("--agent-id") { Description = "Only batch calls of this agent." };
        Option<int?> pageSize = new("--page-size") { Description = "Items per request (the list itself is always complete)." };
        Command command = new("list", "List all batch calls in the workspace.") { agentId, pageSize };
        command.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error, async () =>
        {
            await using ApiSession? session = await context.OpenSessionAsync(parse, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                return ExitCodes.InvalidInput;
            }

            List<BatchCallResponse> jobs = [];
            await foreach (BatchCallResponse job in session.BatchCalls.ListAllAsync(parse.GetValue(pageSize), null, parse.GetValue(agentId), cancellationToken).ConfigureAwait(false))
            {
                jobs.Add(job);
            }

            JobTables.WriteList(context.Console, jobs);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
