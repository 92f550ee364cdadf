using System.CommandLine;
using System.IO;
using System.Text;
using BatchCalling.Cli.Export;
using BatchCalling.Cli.Output;

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
                await using Stream csv = await session.Batches.ExportAsync(id, ct).ConfigureAwait(false);
                if (parse.GetValue(output) is not { } path)
                {
                    await CsvDefuser.CopyAsync(csv, context.Out, ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                string full = context.Resolve(path);
                // A UTF-8 BOM, so spreadsheet programs read names as UTF-8 (standard output gets none: it feeds pipes).
                int defused = 0;
                await OutputFile.WriteAsync(full, async file =>
                {
                    await using StreamWriter writer = new(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    defused = await CsvDefuser.CopyAsync(csv, writer, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                context.Error.WriteLine($"Exported {id} to {full}" + (defused > 0 ? $" ({defused} formula-looking cell(s) prefixed with ')." : "."));
                return ExitCodes.Ok;
            },
            output);
    }
}
