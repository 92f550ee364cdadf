using System.CommandLine;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Submitting;

namespace BatchCalling.Cli.Commands;

/// <summary>
/// No subcommand: the demo. The bundled recipients.csv goes to a local in-process emulator and is watched to the
/// end. It never uses a key or the real API, whatever the environment says.
/// </summary>
internal static class DemoAction
{
    public static void Attach(RootCommand root, CommandContext context)
    {
        root.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error, () =>
        {
            if (parse.GetValue(context.Globals.BaseUrl) is not null)
            {
                context.Error.WriteLine("The demo (no command) runs only on the local emulator; --base-url goes with a command, e.g. submit or list.");
                return System.Threading.Tasks.Task.FromResult(ExitCodes.InvalidInput);
            }

            context.Error.WriteLine("Demo: the bundled recipients.csv on a local in-process emulator. No API key is used and no real calls are placed; "
                + "run with --help for the commands that talk to the ElevenLabs API.");
            SubmitOptions demo = new()
            {
                RecipientsPath = context.Settings.BundledRecipients,
                Name = "Sample campaign",
                DefaultRegion = parse.GetValue(context.Globals.DefaultRegion)!,
                Watch = true,
                PollInterval = context.Settings.DemoPollInterval,
            };
            return SubmitFlow.RunAsync(context, parse, demo, ApiTarget.InProcessEmulator, cancellationToken, announceEmulator: false);
        }, cancellationToken));
    }
}
