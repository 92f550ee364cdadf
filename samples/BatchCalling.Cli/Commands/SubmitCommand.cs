using System.CommandLine;

namespace BatchCalling.Cli.Commands;

/// <summary><c>submit</c>: validate a recipient file and create a batch call (optionally watch it).</summary>
internal static class SubmitCommand
{
    public static Command Create(CommandContext context)
    {
        Option<string> recipients = new("--recipients", "-r") { Description = "Recipient file: .csv, .xlsx or .xls with a phone_number column.", Required = true };
        Option<string?> agentId = new("--agent-id") { Description = "The agent that makes the calls (optional only against the in-process emulator)." };
        Option<string?> phoneNumberId = new("--phone-number-id") { Description = "The imported phone number to call from." };
        Option<string?> name = new("--name") { Description = "Batch name (default: file name and time)." };
        Option<string?> at = new("--at") { Description = "Start time, e.g. \"2026-12-01 09:30\" (default: now)." };
        Option<string?> timeZone = new("--timezone") { Description = "IANA time zone for --at, e.g. Europe/Berlin (default: this machine's)." };
        Option<int?> concurrency = new("--concurrency") { Description = "Target number of simultaneous calls (target_concurrency_limit)." };
        Option<bool> watch = new("--watch", "-w") { Description = "Watch progress until the batch ends." };

        Command command = new("submit", "Validate a recipient file and submit it as a batch call.")
        {
            recipients, agentId, phoneNumberId, name, at, timeZone, concurrency, watch,
        };
        command.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error, () => SubmitFlow.RunAsync(context, parse, new SubmitRequest(
            parse.GetValue(recipients)!,
            parse.GetValue(agentId),
            parse.GetValue(phoneNumberId),
            parse.GetValue(name),
            parse.GetValue(at),
            parse.GetValue(timeZone),
            parse.GetValue(concurrency),
            parse.GetValue(watch),
            parse.GetValue(context.Globals.DefaultRegion)!), cancellationToken)));
        return command;
    }
}
