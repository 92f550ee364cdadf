using System;
using System.Collections.Generic;
using Xunit;

namespace Sdkgen.Runtime.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void Collects_every_problem_with_its_path_and_ThrowIfInvalid_lists_them_all()
    {
        ValidationContext context = new();

        context.MaxLength("batch_id", "abcdef", 3);
        context.Body(0, static (_, body) =>
        {
            body.Items("recipients", new[] { null, "ok" }, itemsMayBeNull: false, validate: null);
            body.MinLength("call_name", "a", 3);
            body.MaxItems("recipients", 5, 2);
            body.Required("agent_id", "present");
            body.Missing("priority");
            body.Member("client_data", new object(), static (_, data) =>
                data.Values("dynamic_variables", new Dictionary<string, double> { ["x-y"] = double.NaN, ["ok"] = 1 }, valuesMayBeNull: false, static (v, c) => c.Finite(null, v)));
        });

        Assert.True(context.HasErrors);
        ApiValidationException ex = Assert.Throws<ApiValidationException>(context.ThrowIfInvalid);
        Assert.Equal(
            [
                new ValidationIssue("batch_id", "must be at most 3 characters long (was 6)"),
                new ValidationIssue("$.recipients[0]", "is required"),
                new ValidationIssue("$.call_name", "must be at least 3 characters long (was 1)"),
                new ValidationIssue("$.recipients", "must contain at most 2 items (was 5)"),
                new ValidationIssue("$.priority", "is required"),
                new ValidationIssue("$.client_data.dynamic_variables['x-y']", "must be a finite number (JSON has no NaN or infinity)"),
            ],
            ex.Errors);
        Assert.Equal(
            "Request is invalid (6 problems):\n"
            + "  batch_id: must be at most 3 characters long (was 6)\n"
            + "  $.recipients[0]: is required\n"
            + "  $.call_name: must be at least 3 characters long (was 1)\n"
            + "  $.recipients: must contain at most 2 items (was 5)\n"
            + "  $.priority: is required\n"
            + "  $.client_data.dynamic_variables['x-y']: must be a finite number (JSON has no NaN or infinity)",
            ex.Message);
    }

    [Fact]
    public void Absent_members_and_null_items_that_may_be_null_record_nothing_and_a_clean_context_has_no_errors()
    {
        ValidationContext context = new();
        context.Body(0, static (_, body) =>
        {
            body.Member<object>("absent", null, static (_, c) => c.Missing("never"));
            body.Items<string?>("optional_list", null, itemsMayBeNull: false, validate: null);
            body.Items("nullable_items", new[] { null, "x" }, itemsMayBeNull: true, validate: null);
        });

        Assert.False(context.HasErrors);
        Assert.Empty(context.Errors);
        context.ThrowIfInvalid();
    }

    [Fact]
    public void Valid_and_null_values_record_nothing()
    {
        ValidationContext context = new();
        context.MinLength("$.a", null, 3);
        context.MaxLength("$.a", "abc", 3);
        context.Pattern("$.a", null, "^x$");
        context.Pattern("$.a", "xyz", "^x");
        context.Minimum("$.n", (double?)null, 1, exclusive: false);
        context.Minimum("$.n", 1.0, 1, exclusive: false);
        context.Maximum("$.n", 10L, 10, exclusive: false);
        context.MinItems("$.l", null, 1);
        context.Required("$.i", 0);
        context.Finite("$.f", 1.5);

        context.ThrowIfInvalid();
        Assert.False(context.HasErrors);
    }

    [Fact]
    public void Length_counts_characters_not_utf16_units()
    {
        ValidationContext context = new();
        context.MaxLength("$.emoji", "😀😀", 2);
        context.MaxLength("$.long", "abcd", 3);

        ValidationIssue error = Assert.Single(context.Errors);
        Assert.Equal(new ValidationIssue("$.long", "must be at most 3 characters long (was 4)"), error);
    }

    [Fact]
    public void Pattern_mismatch_is_reported_and_invalid_pattern_is_skipped()
    {
        ValidationContext context = new();
        context.Pattern("$.phone", "12ab", @"^\+?[0-9]+$");
        context.Pattern("$.other", "anything", "([unclosed");
        context.Pattern("$.phone2", "+123", @"^\+?[0-9]+$");

        ValidationIssue error = Assert.Single(context.Errors);
        Assert.Equal("$.phone", error.Path);
        Assert.Contains(@"^\+?[0-9]+$", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_respect_exclusivity_and_format_invariantly()
    {
        ValidationContext context = new();
        context.Minimum("$.a", 0.5, 1.5, exclusive: false);
        context.Minimum("$.b", 1.5, 1.5, exclusive: true);
        context.Maximum("$.c", 3L, 3, exclusive: true);
        context.Maximum("$.d", 4L, 3, exclusive: false);
        context.MinItems("$.e", 0, 1);

        Assert.Equal(
            [
                new ValidationIssue("$.a", "must be greater than or equal to 1.5 (was 0.5)"),
                new ValidationIssue("$.b", "must be greater than 1.5 (was 1.5)"),
                new ValidationIssue("$.c", "must be less than 3 (was 3)"),
                new ValidationIssue("$.d", "must be less than or equal to 3 (was 4)"),
                new ValidationIssue("$.e", "must contain at least 1 items (was 0)"),
            ],
            context.Errors);
    }

    [Fact]
    public void Single_problem_message_is_singular()
    {
        ValidationContext context = new();
        context.Invalid("$.voice", "'loud' is not a known value");

        ApiValidationException ex = Assert.Throws<ApiValidationException>(context.ThrowIfInvalid);
        Assert.Equal("Request is invalid (1 problem):\n  $.voice: 'loud' is not a known value", ex.Message);
    }

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("_a1", "$._a1")]
    [InlineData("x-y", "$['x-y']")]
    [InlineData("1st", "$['1st']")]
    [InlineData("it's", @"$['it\'s']")]
    [InlineData("", "$['']")]
    public void JsonPath_uses_bracket_form_for_non_identifiers(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property("$", name));
}
