using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Commands;

namespace BatchCalling.Cli;

/// <summary>The whole CLI behind writers and settings, returning an exit code; Program.cs only wires the console.</summary>
internal sealed class CliApp(TextWriter output, TextWriter error, CliSettings settings)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        GlobalOptions globals = new();
        CommandContext context = new(output, error, settings, globals, args);
        RootCommand root = new("ElevenLabs batch calling: validate recipient files, submit, monitor and export batch calls.\n"
            + "Without a command it runs a demo: the bundled recipients.csv on a local in-process emulator (no key, no real calls).\n"
            + "Every command that talks to the API needs ELEVENLABS_API_KEY, or --emulator for the local emulator.");
        globals.AddTo(root);
        DemoAction.Attach(root, context);
        root.Subcommands.Add(SubmitCommand.Create(context));
        root.Subcommands.Add(SubmitCommand.Validate(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(JobCommands.Get(context));
        root.Subcommands.Add(JobCommands.Watch(context));
        root.Subcommands.Add(JobCommands.Cancel(context));
        root.Subcommands.Add(JobCommands.Retry(context));
        root.Subcommands.Add(JobCommands.Delete(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ResultsCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Usage errors are input errors (exit 2), reported the same way as a bad file.
            foreach (System.CommandLine.Parsing.ParseError parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run with --help for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            // Ctrl+C arrives through cancellationToken (Program.cs owns the handler), so the library must not add its own.
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("Interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Commands report what they expect; anything else still gets one line, not a stack trace.
            error.WriteLine($"Unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.ApiError;
        }
    }
}
