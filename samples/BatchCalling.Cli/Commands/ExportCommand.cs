using System.CommandLine;
using System.IO;
using System.Text;
using BatchCalling.Cli.Export;

namespace BatchCalling.Cli.Commands;

/// <summary><c>export ID</c>: the results CSV, streamed to a file or stdout, with formula-looking cells defused.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        Option<string?> output = new("--out", "-o") { Description = "Write to this file instead of standard output." };
        return JobCommands.Create(context, "export", "Download a batch call's results as CSV (cells starting with = + - @ get a ' prefix).",
            async (session, id, parse, ct) =>
            {
                await using Stream csv = await session.BatchCalls.ExportAsync(id, ct).ConfigureAwait(false);
                if (parse.GetValue(output) is not { } path)
                {
                    await CsvDefuser.CopyAsync(csv, context.Out, ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                string full = context.Resolve(path);
                // Write next to the target and move at the end, so a failed download never leaves half a file.
                string partial = full + ".partial";
                int defused;
                await using (StreamWriter file = new(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    defused = await CsvDefuser.CopyAsync(csv, file, ct).ConfigureAwait(false);
                }

                File.Move(partial, full, overwrite: true);
                context.Error.WriteLine($"Exported {id} to {full}" + (defused > 0 ? $" ({defused} formula-looking cell(s) prefixed with ')." : "."));
                return ExitCodes.Ok;
            },
            output);
    }
}
