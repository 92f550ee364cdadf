using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Recipients;
using BatchCalling.Cli.Results;

namespace BatchCalling.Cli.Commands;

/// <summary><c>results ID… --recipients FILE --out FILE</c>: the user's own file back, with each row's outcome.</summary>
internal static class ResultsCommand
{
    public static Command Create(CommandContext context)
    {
        Argument<string[]> ids = new("id") { Description = "The batch call id(s); several for the parts of a split file.", Arity = ArgumentArity.OneOrMore };
        Option<string> recipients = new("--recipients", "-r") { Description = "The recipient file that was submitted (.csv, .xlsx, .xls).", Required = true };
        Option<string> output = new("--out", "-o") { Description = "Where to write it: .csv (UTF-8 with BOM) or .xlsx.", Required = true };
        Option<string?> encoding = new("--encoding") { Description = "The recipient CSV's encoding (default: detected)." };
        Command command = new("results", "Write your recipient file back with status, conversation_id and updated_at per row, matched by normalised number.")
        {
            ids, recipients, output, encoding,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            string target = context.Resolve(parse.GetValue(output)!);
            string? encodingName = parse.GetValue(encoding);
            if (encodingName is not null && TextDecoding.Find(encodingName) is null)
            {
                context.Error.WriteLine($"--encoding '{encodingName}' is not an encoding this machine knows; try utf-8, utf-16 or windows-1252.");
                return System.Threading.Tasks.Task.FromResult(ExitCodes.InvalidInput);
            }

            if (Path.GetExtension(target).ToLowerInvariant() is not (".csv" or ".xlsx"))
            {
                context.Error.WriteLine($"--out {parse.GetValue(output)}: write .csv or .xlsx (.xls cannot be written).");
                return System.Threading.Tasks.Task.FromResult(ExitCodes.InvalidInput);
            }

            return JobCommands.WithSessionAsync(context, parse, async session =>
            {
                string region = parse.GetValue(context.Globals.DefaultRegion)!;
                System.Text.Encoding? chosen = encodingName is null ? null : TextDecoding.Find(encodingName);
                List<FileProblem> problems = [];
                RecipientTable file = RecipientFileReader.Read(context.Resolve(parse.GetValue(recipients)!), problems, chosen);
                ColumnMap columns = ColumnMap.Create(file.Headers, problems);
                if (columns.PhoneColumn < 0 && columns.WhatsappColumn < 0)
                {
                    context.Error.WriteLine($"{file.Source}: no phone_number or whatsapp_user_id column to match rows by.");
                    return ExitCodes.InvalidInput;
                }

                List<BatchView> batches = [];
                foreach (string id in parse.GetValue(ids)!)
                {
                    batches.Add(await session.Batches.GetAsync(id, cancellationToken).ConfigureAwait(false));
                }

                ResultsTable table = ResultsTable.Merge(file, columns, new PhoneNormalizer(region), batches);
                await ResultsWriter.WriteAsync(target, table, file.Separator).ConfigureAwait(false);
                string missing = table.UnmatchedRows.Count == 0 ? ""
                    : $"; not in the batch: row{(table.UnmatchedRows.Count == 1 ? "" : "s")} {string.Join(", ", table.UnmatchedRows.Take(20))}{(table.UnmatchedRows.Count > 20 ? ", …" : "")}";
                context.Out.WriteLine($"Wrote {target}: {table.Matched} of {table.Matched + table.UnmatchedRows.Count} recipients matched{missing}.");
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }
}
