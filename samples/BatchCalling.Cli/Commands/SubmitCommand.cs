using System;
using System.Collections.Generic;
using System.CommandLine;
using BatchCalling.Cli.Submitting;

namespace BatchCalling.Cli.Commands;

/// <summary>
/// <c>submit FILE</c>: validate a recipient file, summarise, confirm and create the batch call(s), optionally watch;
/// <c>validate FILE</c>: the same checks and summary, sending nothing.
/// </summary>
internal static class SubmitCommand
{
    public static Command Create(CommandContext context)
    {
        SubmitOptionSet set = new(forSubmit: true);
        Command command = new("submit", "Validate a recipient file, show what will happen, ask, and submit it as a batch call.");
        set.AddTo(command);
        command.Validators.Add(set.RequireOneFile);
        command.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error,
            () => SubmitFlow.RunAsync(context, parse, set.Read(parse, context.Globals), target: null, cancellationToken), cancellationToken));
        return command;
    }

    public static Command Validate(CommandContext context)
    {
        SubmitOptionSet set = new(forSubmit: false);
        Command command = new("validate", "Run every check on a recipient file and print the summary a submit would show; nothing is sent, no key needed.");
        set.AddTo(command);
        command.Validators.Add(set.RequireOneFile);
        command.SetAction((parse, cancellationToken) => ApiErrors.GuardAsync(context.Error,
            () => SubmitFlow.RunAsync(context, parse, set.Read(parse, context.Globals) with { DryRun = true, FileCheckOnly = true }, target: null, cancellationToken),
            cancellationToken));
        return command;
    }

    /// <summary>The options of submit (and the subset validate shares), declared once.</summary>
    private sealed class SubmitOptionSet(bool forSubmit)
    {
        private readonly Argument<string?> _file = new("file") { Description = "Recipient file: .csv, .xlsx or .xls with a phone_number (or whatsapp_user_id) column.", Arity = ArgumentArity.ZeroOrOne };
        private readonly Option<string?> _recipients = new("--recipients", "-r") { Description = "The recipient file (instead of the FILE argument)." };
        private readonly Option<string?> _agentId = new("--agent-id") { Description = "The agent that makes the calls (optional on the emulator)." };
        private readonly Option<string?> _phoneNumberId = new("--phone-number-id") { Description = "The imported phone number to call from." };
        private readonly Option<string?> _name = new("--name") { Description = "Batch name (default: file name and time)." };
        private readonly Option<string?> _at = new("--at") { Description = "Start time, e.g. \"2026-12-01 09:30\" (default: now)." };
        private readonly Option<string?> _timeZone = new("--timezone") { Description = "IANA time zone for --at, e.g. Europe/Berlin (default: this machine's)." };
        private readonly Option<int?> _concurrency = OptionParsers.Integer("--concurrency", "Most calls at once per batch (target_concurrency_limit).", 1, 100_000);
        private readonly Option<string?> _encoding = new("--encoding") { Description = "A CSV file's encoding, e.g. windows-1252 (default: detected)." };
        private readonly Option<bool> _split = new("--split") { Description = "Submit more than 10,000 recipients as several batches, \"name (1/3)\" …" };
        private readonly Option<int?> _startPart = OptionParsers.Integer("--start-part", "With --split: begin at this part, e.g. after a failure.", 1, 1000);
        private readonly Option<string?> _waTemplate = new("--whatsapp-template") { Description = "WhatsApp call-permission template name (for whatsapp_user_id recipients)." };
        private readonly Option<string?> _waLanguage = new("--whatsapp-template-language") { Description = "The template's language code, e.g. en." };
        private readonly Option<string?> _waPhoneNumberId = new("--whatsapp-phone-number-id") { Description = "The WhatsApp number to call from." };
        private readonly Option<int?> _ringing = OptionParsers.Integer("--ringing-timeout", "Seconds to ring before giving up, 1-999 (API default 60).", 1, 999);
        private readonly Option<bool> _record = new("--record-calls") { Description = "Record the calls with Twilio call recording." };
        private readonly Option<string?> _branchId = new("--branch-id") { Description = "The agent branch to use." };
        private readonly Option<string?> _environment = new("--environment") { Description = "The agent environment to use." };
        private readonly Option<bool> _json = JobCommands.Json();
        private readonly Option<bool> _yes = new("--yes", "-y") { Description = "Do not ask before placing real calls." };
        private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Check and summarise only, like validate; nothing is sent." };
        private readonly Option<bool> _watch = new("--watch", "-w") { Description = "Watch progress until the batch ends." };
        private readonly Option<TimeSpan?> _pollInterval = JobCommands.PollInterval();

        public void AddTo(Command command)
        {
            command.Arguments.Add(_file);
            foreach (Option option in Options())
            {
                command.Options.Add(option);
            }
        }

        public void RequireOneFile(System.CommandLine.Parsing.CommandResult result)
        {
            if ((result.GetValue(_file) is null) == (result.GetValue(_recipients) is null))
            {
                result.AddError("Give the recipient file once: as the FILE argument or with --recipients.");
            }
        }

        public SubmitOptions Read(ParseResult parse, GlobalOptions globals) => new()
        {
            RecipientsPath = parse.GetValue(_file) ?? parse.GetValue(_recipients)!,
            AgentId = parse.GetValue(_agentId),
            PhoneNumberId = parse.GetValue(_phoneNumberId),
            Name = parse.GetValue(_name),
            At = parse.GetValue(_at),
            TimeZone = parse.GetValue(_timeZone),
            Concurrency = parse.GetValue(_concurrency),
            DefaultRegion = parse.GetValue(globals.DefaultRegion)!,
            Encoding = parse.GetValue(_encoding),
            Split = parse.GetValue(_split),
            StartPart = parse.GetValue(_startPart) ?? 1,
            WhatsappTemplate = parse.GetValue(_waTemplate),
            WhatsappTemplateLanguage = parse.GetValue(_waLanguage),
            WhatsappPhoneNumberId = parse.GetValue(_waPhoneNumberId),
            RingingTimeoutSeconds = parse.GetValue(_ringing),
            RecordCalls = parse.GetValue(_record) ? true : null,
            BranchId = parse.GetValue(_branchId),
            Environment = parse.GetValue(_environment),
            Json = parse.GetValue(_json),
            Yes = forSubmit && parse.GetValue(_yes),
            DryRun = forSubmit && parse.GetValue(_dryRun),
            Watch = forSubmit && parse.GetValue(_watch),
            PollInterval = forSubmit ? parse.GetValue(_pollInterval) : null,
        };

        private IEnumerable<Option> Options()
        {
            Option[] shared =
            [
                _recipients, _agentId, _phoneNumberId, _name, _at, _timeZone, _concurrency, _encoding, _split, _startPart,
                _waTemplate, _waLanguage, _waPhoneNumberId, _ringing, _record, _branchId, _environment, _json,
            ];
            return forSubmit ? [.. shared, _yes, _dryRun, _watch, _pollInterval] : shared;
        }
    }
}
