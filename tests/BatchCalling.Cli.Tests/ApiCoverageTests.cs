using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace BatchCalling.Cli.Tests;

/// <summary>The rest of the API: WhatsApp batches, telephony options, branch and environment, recipient ids, split files.</summary>
public sealed class ApiCoverageTests
{
    [Fact]
    public async Task A_whatsapp_batch_sends_user_ids_and_the_permission_template()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("wa.csv", "whatsapp_user_id,phone_number,name\nwa_100,,Ava\nwa_200,+14155550132,Liam\n");

        CliResult missing = await cli.RunAsync("submit", "wa.csv", "--agent-id", "a", "--yes");
        CliResult submit = await cli.RunAsync("submit", "wa.csv", "--agent-id", "a", "--yes",
            "--whatsapp-template", "call_permission", "--whatsapp-template-language", "en", "--whatsapp-phone-number-id", "wa_phone_1");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("2 recipient(s) have a whatsapp_user_id: a WhatsApp batch needs --whatsapp-template NAME and --whatsapp-template-language CODE", missing.Err);
        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains("WhatsApp:     template call_permission (en), from wa_phone_1", submit.Out);
        using JsonDocument sent = JsonDocument.Parse(Assert.Single(cli.SubmitBodies));
        JsonElement wa = sent.RootElement.GetProperty("whatsapp_params");
        Assert.Equal("call_permission", wa.GetProperty("whatsapp_call_permission_request_template_name").GetString());
        Assert.Equal("en", wa.GetProperty("whatsapp_call_permission_request_template_language_code").GetString());
        Assert.Equal("wa_phone_1", wa.GetProperty("whatsapp_phone_number_id").GetString());
        JsonElement[] recipients = [.. sent.RootElement.GetProperty("recipients").EnumerateArray()];
        Assert.Equal("wa_100", recipients[0].GetProperty("whatsapp_user_id").GetString());
        Assert.False(recipients[0].TryGetProperty("phone_number", out _));
        Assert.Equal("+14155550132", recipients[1].GetProperty("phone_number").GetString());
        Assert.False(recipients[0].GetProperty("conversation_initiation_client_data").GetProperty("dynamic_variables").TryGetProperty("whatsapp_user_id", out _));
    }

    [Fact]
    public async Task Telephony_branch_environment_and_recipient_ids_are_sent_as_their_own_fields()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", "id,phone_number,name\ncust-1,+12025550143,Ava\ncust-2,+14155550132,Liam\n");

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes",
            "--ringing-timeout", "25", "--record-calls", "--branch-id", "br_1", "--environment", "staging");
        CliResult tooLong = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes", "--ringing-timeout", "1000");

        Assert.True(submit.ExitCode == 0, submit.ToString());
        using JsonDocument sent = JsonDocument.Parse(Assert.Single(cli.SubmitBodies));
        JsonElement root = sent.RootElement;
        Assert.Equal(25, root.GetProperty("telephony_call_config").GetProperty("ringing_timeout_secs").GetInt32());
        Assert.True(root.GetProperty("telephony_call_config").GetProperty("twilio_call_recording_enabled").GetBoolean());
        Assert.Equal(("br_1", "staging"), (root.GetProperty("branch_id").GetString(), root.GetProperty("environment").GetString()));
        JsonElement ava = root.GetProperty("recipients")[0];
        Assert.Equal("cust-1", ava.GetProperty("id").GetString());
        Assert.False(ava.GetProperty("conversation_initiation_client_data").GetProperty("dynamic_variables").TryGetProperty("id", out _));
        Assert.Equal(2, tooLong.ExitCode);
        Assert.Contains("--ringing-timeout '1000' is not a whole number from 1 to 999", tooLong.Err);

        // The API echoes the ids back per recipient.
        JsonElement job = JsonDocument.Parse((await cli.RunAsync("get", TestIds.Of(submit), "--json")).Out).RootElement;
        Assert.Equal(["cust-1", "cust-2"], job.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Duplicate_recipient_ids_are_refused()
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        cli.Dir.Write("people.csv", "id,phone_number\ncust-1,+12025550143\ncust-1,+14155550132\n");

        CliResult submit = await cli.RunAsync("validate", "people.csv");

        Assert.Equal(2, submit.ExitCode);
        Assert.Contains("row 3, column 'id', value 'cust-1': duplicate id cust-1 (already on row 2)", submit.Err);
    }

    [Fact]
    public async Task More_than_10000_recipients_need_split_which_submits_named_parts()
    {
        await using CliHarness cli = await CliHarness.StartAsync(timeScale: 1);
        cli.Dir.Write("big.csv", RecipientParsingTests.BigCsv(10_001));

        CliResult refused = await cli.RunAsync("submit", "big.csv", "--agent-id", "a", "--name", "Big", "--yes");
        CliResult split = await cli.RunAsync("submit", "big.csv", "--agent-id", "a", "--name", "Big", "--yes", "--split");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("10001 recipients; one batch call takes at most 10,000. Add --split to submit them as 2 batches named \"Big (1/2)\" … \"Big (2/2)\"", refused.Err);
        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.Contains("Split:        2 batches: \"Big (1/2)\" 10000, \"Big (2/2)\" 1", split.Out);
        Assert.Equal([("Big (1/2)", 10000L), ("Big (2/2)", 1L)], (await cli.BatchesAsync()).OrderBy(b => b.Name).Select(b => (b.Name, b.TotalCallsScheduled)));

        // Resuming at part 2 (say, after part 2 failed) sends only that part.
        cli.SubmitBodies.Clear();
        CliResult resumed = await cli.RunAsync("submit", "big.csv", "--agent-id", "a", "--name", "Big", "--yes", "--split", "--start-part", "2");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("\"call_name\":\"Big (2/2)\"", Assert.Single(cli.SubmitBodies));
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("windows-1252")]
    [InlineData("utf-8")]
    public async Task Csv_encodings_are_detected_and_names_arrive_intact(string encoding)
    {
        await using CliHarness cli = await CliHarness.StartAsync();
        const string Csv = "phone_number,name\r\n+12025550143,Zoë Müller-García\r\n";
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Csv)],
            "utf-16le" => Encoding.Unicode.GetBytes(Csv),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(Csv),
            "windows-1252" => CodePages().GetBytes(Csv),
            _ => Encoding.UTF8.GetBytes(Csv),
        };
        File.WriteAllBytes(cli.Dir.File("people.csv"), bytes);

        CliResult submit = await cli.RunAsync("submit", "people.csv", "--agent-id", "a", "--yes");

        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains("\"name\":\"Zoë Müller-García\"", Assert.Single(cli.SubmitBodies));
        Assert.Equal(encoding == "windows-1252", submit.Err.Contains("the file is not UTF-8; it was read as windows-1252", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_encoding_can_be_named_and_export_files_carry_a_bom()
    {
        await using CliHarness cli = await CliHarness.StartAsync(failureRate: 0);
        // ISO-8859-2 (Central European): "ł" is 0xB3 there, "³" in Windows-1252.
        File.WriteAllBytes(cli.Dir.File("pl.csv"), [.. Encoding.ASCII.GetBytes("phone_number,name\n+12025550143,Pawe"), 0xB3, (byte)'\n']);

        CliResult guessed = await cli.RunAsync("validate", "pl.csv", "--json");
        CliResult named = await cli.RunAsync("submit", "pl.csv", "--agent-id", "a", "--yes", "--encoding", "iso-8859-2", "--watch");
        CliResult unknown = await cli.RunAsync("validate", "pl.csv", "--encoding", "klingon");
        CliResult export = await cli.RunAsync("export", TestIds.Of(named), "--out", "results.csv");

        Assert.Contains("If names look wrong in the summary, save it as \"CSV UTF-8\" or name the encoding with --encoding", guessed.Err);
        Assert.Contains("\"name\":\"Paweł\"", Assert.Single(cli.SubmitBodies));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--encoding 'klingon' is not an encoding this machine knows", unknown.Err);
        Assert.Equal(0, export.ExitCode);
        byte[] written = File.ReadAllBytes(cli.Dir.File("results.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), written[..3]);
        Assert.Contains("Paweł", Encoding.UTF8.GetString(written[3..]));
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
