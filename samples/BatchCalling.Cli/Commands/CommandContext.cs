using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using Spectre.Console;

namespace BatchCalling.Cli.Commands;

/// <summary>What every command needs: the writers, the Spectre console over them, settings and the global options.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, CliSettings settings, GlobalOptions globals)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public CliSettings Settings { get; } = settings;

    public GlobalOptions Globals { get; } = globals;

    public IAnsiConsole Console { get; } = CreateConsole(output, settings);

    public Task<ApiSession?> OpenSessionAsync(ParseResult parse, CancellationToken cancellationToken) =>
        ApiSession.OpenAsync(Settings, parse.GetValue(Globals.BaseUrl), Error, cancellationToken);

    public string Resolve(string path) => Path.GetFullPath(path, Settings.WorkingDirectory);

    // Redirected output (tests, pipes, CI logs) gets plain text: no ANSI codes, no redraws, a fixed width.
    private static IAnsiConsole CreateConsole(TextWriter output, CliSettings settings)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = settings.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = settings.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = settings.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(40, settings.Width);
        return console;
    }
}
