using System.Collections.Generic;
using System.CommandLine;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Monitoring;
using BatchCalling.Cli.Output;

namespace BatchCalling.Cli.Commands;

/// <summary><c>list</c>: every batch call in the workspace, all pages.</summary>
internal static class ListCommand
{
    public static Command Create(CommandContext context)
    {
        Option<string?> agentId = new("--agent-id") { Description = "Only batch calls of this agent." };
        Option<int?> pageSize = OptionParsers.Integer("--page-size", "Items per request, 1-100 (the list itself is always complete).", 1, 100);
        Option<bool> json = JobCommands.Json();
        Command command = new("list", "List all batch calls in the workspace, newest first.") { agentId, pageSize, json };
        command.SetAction((parse, cancellationToken) => JobCommands.WithSessionAsync(context, parse, async session =>
        {
            List<BatchView> jobs = [];
            await foreach (BatchView job in session.Batches.ListAsync(parse.GetValue(pageSize), parse.GetValue(agentId), cancellationToken).ConfigureAwait(false))
            {
                jobs.Add(job);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.List(context.Out, jobs);
            }
            else
            {
                JobTables.WriteList(context.Console, jobs);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
