using System;
using System.IO;

namespace BatchCalling.Cli.Submitting;

/// <summary>Asks before real calls are placed. Without a terminal to ask on, only --yes confirms.</summary>
internal static class Confirmation
{
    public static bool Ask(CliSettings settings, int calls, TextWriter error)
    {
        if (!settings.InputIsTerminal)
        {
            error.WriteLine($"Not confirmed: this places {calls} real call{(calls == 1 ? "" : "s")}, and standard input is not a terminal to ask on. " +
                "Add --yes to confirm (nothing was sent).");
            return false;
        }

        error.Write($"Place {calls} real call{(calls == 1 ? "" : "s")} now? [y/N] ");
        error.Flush();
        string answer = settings.Input.ReadLine()?.Trim() ?? "";
        if (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        error.WriteLine("Not confirmed; nothing was sent.");
        return false;
    }
}
