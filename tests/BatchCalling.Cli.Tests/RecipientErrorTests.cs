using System.Linq;
using BatchCalling.Cli.Recipients;
using Xunit;

namespace BatchCalling.Cli.Tests;

public sealed class RecipientErrorTests
{
    private static RecipientValidation Validate(TempDir dir, string csv) => RecipientValidator.ValidateFile(dir.Write("r.csv", csv), "US");

    [Fact]
    public void Missing_phone_number_column_is_one_file_level_error()
    {
        using TempDir dir = new();
        RecipientValidation result = Validate(dir, "phone,name\n+14155552671,Ava\n");

        FileProblem problem = Assert.Single(result.Errors);
        Assert.Null(problem.Row);
        Assert.Contains("missing the mandatory phone_number column (or whatsapp_user_id for WhatsApp; found: phone, name)", problem.Message);
        Assert.Empty(result.Recipients);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Empty_file_is_reported_as_empty(string content)
    {
        using TempDir dir = new();
        FileProblem problem = Assert.Single(Validate(dir, content).Errors);
        Assert.StartsWith("the file is empty", problem.Message);
    }

    [Fact]
    public void Header_without_rows_is_reported()
    {
        using TempDir dir = new();
        FileProblem problem = Assert.Single(Validate(dir, "phone_number,name\n\n").Errors);
        Assert.Equal("the file has a header row but no recipients", problem.Message);
    }

    [Fact]
    public void Duplicate_numbers_are_found_after_normalisation()
    {
        using TempDir dir = new();
        RecipientValidation result = Validate(dir, "phone_number,name\n+1 415 555 2671,Ava\n+14155550132,Liam\n(415) 555-2671,Ava again\n");

        FileProblem problem = Assert.Single(result.Errors);
        Assert.Equal((4, "phone_number", "(415) 555-2671"), (problem.Row!.Value, problem.Column!, problem.Value!));
        Assert.Contains("duplicate number +14155552671 (already on row 2)", problem.Message);
    }

    [Theory]
    [InlineData("first-message", "first_message")]
    [InlineData("First Message", "first_message")]
    [InlineData("systemprompt", "system_prompt")]
    [InlineData("voiceid", "voice_id")]
    [InlineData("Language", "language")]
    [InlineData("phone number", "phone_number")]
    [InlineData("system_promt", "system_prompt")]
    public void Misspelt_special_columns_get_a_suggestion(string header, string suggestion)
    {
        using TempDir dir = new();
        RecipientValidation result = Validate(dir, $"phone_number,{header}\n+14155552671,x\n");

        FileProblem problem = Assert.Single(result.Errors, p => p.Column == header);
        Assert.Equal(1, problem.Row);
        Assert.Contains($"did you mean {suggestion}?", problem.Message);
    }

    [Fact]
    public void Ordinary_columns_are_not_mistaken_for_special_ones()
    {
        using TempDir dir = new();
        RecipientValidation result = Validate(dir, "phone_number,languages,message,voice,prompt_version\n+14155552671,2,hi,alto,3\n");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Recipients[0].Variables.Count + 1);
    }

    [Fact]
    public void Every_bad_row_and_column_is_reported_in_one_pass()
    {
        using TempDir dir = new();
        RecipientValidation result = Validate(dir,
            "phone_number,name,First Message,name,,visits\n" +
            "+14155552671,Ava,hi,dup,,3\n" +
            ",Nobody,,,,\n" +
            "+1 555,Short,,,,\n" +
            "+14155550132,Liam,,,stray,4\n" +
            "+14155552671,Ava twin,,,,5\n");

        string[] report = [.. result.Errors.Select(p => p.ToString())];
        Assert.Equal(
        [
            "row 1, column 'First Message': unknown column 'First Message': did you mean first_message? Special columns must be spelled exactly, or the value would silently become a dynamic variable",
            "row 1, column 'name': duplicate column header (also column 2); every column needs its own name",
            "row 3, column 'phone_number', value '': phone_number is empty",
            "row 4, column 'phone_number', value '+1 555': not a valid number for country code +1 (US)",
            "row 5, column '#5', value 'stray': value in a column without a header; add a header or remove the value",
            "row 6, column 'phone_number', value '+14155552671': duplicate number +14155552671 (already on row 2); each number can be called once per batch",
        ], report);
    }

    [Fact]
    public void Unknown_file_types_and_missing_files_are_refused()
    {
        using TempDir dir = new();
        Assert.Throws<RecipientFileException>(() => RecipientValidator.ValidateFile(dir.Write("r.json", "[]"), "US"));
        Assert.Throws<RecipientFileException>(() => RecipientValidator.ValidateFile(dir.File("nope.csv"), "US"));
        Assert.Throws<RecipientFileException>(() => RecipientValidator.ValidateFile(dir.Write("broken.xlsx", "not a zip"), "US"));
    }
}
