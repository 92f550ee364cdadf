using System.IO;
using System.Linq;

namespace BatchCalling.Cli.Recipients;

/// <summary>Writes the one report of a file's problems: every error, then every warning.</summary>
internal static class ProblemReport
{
    public static void WriteErrors(TextWriter error, RecipientValidation validation)
    {
        FileProblem[] errors = [.. validation.Errors];
        error.WriteLine($"{validation.Source}: {errors.Length} problem{(errors.Length == 1 ? "" : "s")} found; nothing was submitted.");
        foreach (FileProblem problem in errors)
        {
            error.WriteLine("  " + problem);
        }

        WriteWarnings(error, validation);
    }

    public static void WriteWarnings(TextWriter error, RecipientValidation validation)
    {
        FileProblem[] warnings = [.. validation.Warnings];
        if (warnings.Length == 0)
        {
            return;
        }

        error.WriteLine($"{warnings.Length} warning{(warnings.Length == 1 ? "" : "s")}:");
        foreach (FileProblem warning in warnings)
        {
            error.WriteLine("  " + warning);
        }
    }
}
