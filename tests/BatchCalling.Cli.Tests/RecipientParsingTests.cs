using System.Collections.Generic;
using System.Linq;
using System.Text;
using BatchCalling.Cli.Recipients;
using ElevenLabs;
using Xunit;

namespace BatchCalling.Cli.Tests;

public sealed class RecipientParsingTests
{
    private static RecipientValidation Validate(string path, string region = "US") => RecipientValidator.ValidateFile(path, region);

    [Fact]
    public void Csv_columns_become_typed_variables_and_the_special_columns_overrides()
    {
        using TempDir dir = new();
        string path = dir.Write("r.csv",
            "phone_number,name,visits,vip,score,zip,language,first_message,system_prompt,voice_id\r\n" +
            "+14155552671,Ava,3,true,4.5,01234,de,Hallo Ava,Be brief.,voice_123\r\n" +
            "(415) 555-0132,Liam,0,FALSE,-2.25,94105,,,,\r\n");

        RecipientValidation result = Validate(path);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Recipient ava = result.Recipients[0];
        Assert.Equal("+14155552671", ava.PhoneNumber);
        Assert.Equal(2, ava.Row);
        Assert.Equal("Ava", ava.Variables["name"]!.Value.AsString);
        Assert.Equal(3L, ava.Variables["visits"]!.Value.AsInteger);
        Assert.True(ava.Variables["vip"]!.Value.AsBoolean);
        Assert.Equal(4.5, ava.Variables["score"]!.Value.AsNumber);
        Assert.Equal("01234", ava.Variables["zip"]!.Value.AsString); // leading zero: kept as text
        Assert.False(ava.Variables.ContainsKey("language"));
        Assert.False(ava.Variables.ContainsKey("voice_id"));

        OutboundCallRecipient request = RecipientMapper.ToRequest(ava);
        ConversationConfigClientOverrideInput config = request.ConversationInitiationClientData!.ConversationConfigOverride!;
        Assert.Equal("de", config.Agent!.Language);
        Assert.Equal("Hallo Ava", config.Agent.FirstMessage);
        Assert.Equal("Be brief.", config.Agent.Prompt!.Prompt);
        Assert.Equal("voice_123", config.Tts!.VoiceId);

        Recipient liam = result.Recipients[1];
        Assert.Equal("+14155550132", liam.PhoneNumber); // national form normalised with the default region
        Assert.Equal(0L, liam.Variables["visits"]!.Value.AsInteger);
        Assert.False(liam.Variables["vip"]!.Value.AsBoolean);
        Assert.Equal(-2.25, liam.Variables["score"]!.Value.AsNumber);
        Assert.True(liam.Overrides.IsEmpty);
        Assert.Null(RecipientMapper.ToRequest(liam).ConversationInitiationClientData!.ConversationConfigOverride);
    }

    [Fact]
    public void Csv_with_bom_semicolons_and_quoted_newlines_reads_and_reports_the_row_and_line_the_user_sees()
    {
        using TempDir dir = new();
        string path = dir.Write("r.csv",
            "phone_number;name;first_message\r\n" +
            "+14155552671;\"Thompson; Ava\";\"Hello Ava,\nthis is Maya.\"\r\n" +
            "not a number;Bob;Hi\r\n" +
            "+14155550132;Liam;Hi Liam\r\n",
            bom: true);

        RecipientValidation result = Validate(path);

        FileProblem problem = Assert.Single(result.Errors);
        Assert.Equal(3, problem.Row);
        Assert.Equal(4, problem.Line); // the quoted newline pushes the record one line down
        Assert.Equal("phone_number", problem.Column);
        Assert.Equal("not a number", problem.Value);
        Assert.Contains("row 3 (line 4), column 'phone_number', value 'not a number'", problem.ToString());

        // The BOM did not end up in the first header, or phone_number would be "missing".
        Assert.Equal(2, result.Recipients.Count);
        Assert.Equal("Thompson; Ava", result.Recipients[0].Variables["name"]!.Value.AsString);
        Assert.Equal("Hello Ava,\nthis is Maya.", result.Recipients[0].Overrides.FirstMessage);
    }

    [Fact]
    public void Formula_looking_cells_are_kept_as_text_and_reported_as_warnings()
    {
        using TempDir dir = new();
        string path = dir.Write("r.csv",
            "phone_number,name,note,balance\n" +
            "+14155552671,\"=HYPERLINK(\"\"http://evil\"\")\",@SUM(A1),-5\n" +
            "+14155550132,+cmd|' /C calc'!A0,ok,3\n");

        RecipientValidation result = Validate(path);

        Assert.True(result.IsValid);
        Assert.Equal("=HYPERLINK(\"http://evil\")", result.Recipients[0].Variables["name"]!.Value.AsString);
        Assert.Equal(-5L, result.Recipients[0].Variables["balance"]!.Value.AsInteger); // a negative number is not a formula
        List<string> warnings = [.. result.Warnings.Select(w => $"{w.Row}:{w.Column}")];
        Assert.Equal(["2:name", "2:note", "3:name"], warnings);
        Assert.All(result.Warnings, w => Assert.Contains("never evaluated", w.Message));
    }

    [Fact]
    public void Ten_thousand_rows_parse_and_validate()
    {
        using TempDir dir = new();
        string path = dir.Write("big.csv", BigCsv(10_000));
        RecipientValidation result = Validate(path);

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(10_000, result.Recipients.Count);
        Assert.Equal(10_001, result.Recipients[^1].Row);
        Assert.Equal(49L, result.Recipients[^1].Variables["visits"]!.Value.AsInteger);
    }

    /// <summary>n recipients with distinct, valid numbers (+1 415 2xx xxxx), a name, an int and a bool.</summary>
    internal static string BigCsv(int n)
    {
        StringBuilder csv = new("phone_number,name,visits,vip\n");
        for (int i = 0; i < n; i++)
        {
            csv.Append("+1415").Append(200 + i / 1000).Append((1000 + i % 1000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append("Name ").Append(i).Append(',').Append(i % 50).Append(',').Append(i % 2 == 0 ? "true" : "false").Append('\n');
        }

        return csv.ToString();
    }

    [Fact]
    public void Xlsx_cells_keep_their_types_and_numeric_phone_cells_are_normalised()
    {
        using TempDir dir = new();
        string path = dir.File("r.xlsx");
        XlsxFixture.Write(path,
        [
            [Xl.S("phone_number"), Xl.S("name"), Xl.S("visits"), Xl.S("vip"), Xl.S("score"), Xl.S("voice_id")],
            [Xl.N("14155552671"), Xl.S("Ava"), Xl.N("3"), Xl.B(true), Xl.N("4.5"), Xl.S("12345")],
            [Xl.S("+44 20 7183 8750"), Xl.S("Olivia"), Xl.N("21"), Xl.B(false), Xl.N("1"), Xl.S("")],
        ]);

        RecipientValidation result = Validate(path);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["+14155552671", "+442071838750"], result.Recipients.Select(r => r.PhoneNumber));
        Assert.Equal(3L, result.Recipients[0].Variables["visits"]!.Value.AsInteger);
        Assert.True(result.Recipients[0].Variables["vip"]!.Value.AsBoolean);
        Assert.Equal(4.5, result.Recipients[0].Variables["score"]!.Value.AsNumber);
        Assert.Equal("12345", result.Recipients[0].Overrides.VoiceId); // override columns stay text
        Assert.False(result.Recipients[1].Variables["vip"]!.Value.AsBoolean);
    }

    [Fact]
    public void Xlsx_errors_name_the_spreadsheet_row()
    {
        using TempDir dir = new();
        string path = dir.File("r.xlsx");
        XlsxFixture.Write(path,
        [
            [Xl.S("phone_number"), Xl.S("name")],
            [Xl.S("+14155552671"), Xl.S("Ava")],
            [Xl.S("12"), Xl.S("Shorty")],
        ]);

        FileProblem problem = Assert.Single(Validate(path).Errors);
        Assert.Equal((3, "phone_number", "12"), (problem.Row!.Value, problem.Column!, problem.Value!));
    }

    [Fact]
    public void National_numbers_use_the_default_region()
    {
        using TempDir dir = new();
        string path = dir.Write("r.csv", "phone_number\n020 7183 8750\n030 901820\n");

        RecipientValidation result = Validate(path, "GB");

        FileProblem problem = Assert.Single(result.Errors); // a Berlin number is not a GB number
        Assert.Equal(3, problem.Row);
        Assert.Contains("not a valid GB number", problem.Message);
        Assert.Equal("+442071838750", Assert.Single(result.Recipients).PhoneNumber);
        Assert.Equal("+4930901820", Assert.Single(Validate(dir.Write("de.csv", "phone_number\n030 901820\n"), "DE").Recipients).PhoneNumber);
    }

    [Fact]
    public void The_template_files_are_valid_recipient_files()
    {
        using TempDir dir = new();
        string xlsx = dir.File("t.xlsx");
        TemplateWriter.WriteXlsx(xlsx);
        using (System.IO.StreamWriter writer = new(dir.File("t.csv")))
        {
            TemplateWriter.WriteCsv(writer);
        }

        foreach (string path in new[] { xlsx, dir.File("t.csv") })
        {
            RecipientValidation result = Validate(path);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Equal(2, result.Recipients.Count);
            Assert.Equal(12L, result.Recipients[0].Variables["visits"]!.Value.AsInteger);
            Assert.Equal("en", result.Recipients[1].Overrides.Language);
        }
    }
}
