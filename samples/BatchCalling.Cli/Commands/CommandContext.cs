using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using Spectre.Console;

namespace BatchCalling.Cli.Commands;

/// <summary>What every command needs: the writers, the Spectre console over them, settings, the global options and the arguments.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error, CliSettings settings, GlobalOptions globals, IReadOnlyList<string> args)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public CliSettings Settings { get; } = settings;

    public GlobalOptions Globals { get; } = globals;

    /// <summary>The command line as given, to show how to run it again.</summary>
    public IReadOnlyList<string> Args { get; } = args;

    public IAnsiConsole Console { get; } = CreateConsole(output, settings);

    /// <summary>Where text for people goes: standard output, or standard error when --json keeps stdout for JSON.</summary>
    public TextWriter Human(bool json) => json ? Error : Out;

    public ApiTarget? ResolveTarget(ParseResult parse) =>
        ApiTarget.Resolve(Settings, parse.GetValue(Globals.BaseUrl), parse.GetValue(Globals.Emulator), Error);

    /// <summary>Opens the API for an explicit target; an in-process emulator is announced, as it forgets everything on exit.</summary>
    public async Task<ApiSession> OpenAsync(ApiTarget target, ParseResult parse, CancellationToken cancellationToken, bool announce = true)
    {
        ApiSession session = await ApiSession.OpenAsync(target, Settings, parse.GetValue(Globals.Timeout) ?? Settings.RequestTimeout, Error, cancellationToken)
            .ConfigureAwait(false);
        if (announce && session.IsInProcessEmulator)
        {
            Error.WriteLine($"--emulator: a local in-process emulator at {session.BaseAddress}; no real calls. It starts empty and stops when this command ends.");
        }

        return session;
    }

    public string Resolve(string path) => Path.GetFullPath(path, Settings.WorkingDirectory);

    /// <summary>The command line quoted for a POSIX shell, e.g. to say "run this again".</summary>
    public string CommandLine()
    {
        List<string> quoted = [];
        foreach (string arg in Args)
        {
            quoted.Add(arg.Length > 0 && arg.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,") < 0
                ? arg
                : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        }

        return string.Join(' ', quoted);
    }

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
