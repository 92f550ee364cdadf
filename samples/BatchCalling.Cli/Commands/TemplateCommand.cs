using System.CommandLine;
using System.IO;
using System.Text;
using BatchCalling.Cli.Recipients;

namespace BatchCalling.Cli.Commands;

/// <summary><c>template</c>: writes a recipients file to start from (CSV or XLSX).</summary>
internal static class TemplateCommand
{
    public static Command Create(CommandContext context)
    {
        Option<string> format = new("--format", "-f") { Description = "csv or xlsx.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        Option<string?> output = new("--out", "-o") { Description = "Target file (default recipients-template.csv/.xlsx; '-' for stdout, CSV only)." };
        Command command = new("template", "Write a recipients template with the special columns and example rows.") { format, output };
        command.SetAction(parse =>
        {
            string kind = parse.GetValue(format)!;
            string target = parse.GetValue(output) ?? "recipients-template." + kind;
            if (target == "-")
            {
                if (kind != "csv")
                {
                    context.Error.WriteLine("Only CSV can go to standard output; give --out for xlsx.");
                    return ExitCodes.InvalidInput;
                }

                TemplateWriter.WriteCsv(context.Out);
                return ExitCodes.Ok;
            }

            string path = context.Resolve(target);
            if (kind == "xlsx")
            {
                TemplateWriter.WriteXlsx(path);
            }
            else
            {
                // A UTF-8 BOM, so a spreadsheet program shows names with accents correctly.
                using StreamWriter writer = new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                TemplateWriter.WriteCsv(writer);
            }

            context.Out.WriteLine($"Wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
