using System.CommandLine;

namespace BatchCalling.Cli.Commands;

/// <summary>No subcommand: submit the bundled recipients.csv and watch it to the end.</summary>
internal static class DemoAction
{
    public static void Attach(RootCommand root, CommandContext context)
    {
        Option<string?> agentId = new("--agent-id") { Description = "Agent for the demo batch (required against a real API)." };
        Option<string?> phoneNumberId = new("--phone-number-id") { Description = "Phone number for the demo batch." };
        root.Options.Add(agentId);
        root.Options.Add(phoneNumberId);
        root.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error, () => SubmitFlow.RunAsync(context, parse, new SubmitRequest(
            context.Settings.BundledRecipients,
            parse.GetValue(agentId),
            parse.GetValue(phoneNumberId),
            "Sample campaign",
            At: null,
            TimeZone: null,
            Concurrency: null,
            Watch: true,
            parse.GetValue(context.Globals.DefaultRegion)!), cancellationToken)));
    }
}
