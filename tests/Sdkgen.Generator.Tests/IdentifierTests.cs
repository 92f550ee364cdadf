using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Naming;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Any spec name becomes a valid, deterministic, readable C# identifier; names that sanitise alike stay apart.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("call_name", "CallName")]
    [InlineData("gpt-4.1", "Gpt4_1")]
    [InlineData("2fa", "_2fa")]
    [InlineData("startTime<", "StartTimeLessThan")]
    [InlineData("startTime>=", "StartTimeGreaterOrEqual")]
    [InlineData("created[gte]", "CreatedGte")]
    [InlineData("amount!=", "AmountNotEqual")]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("-created_at", "MinusCreatedAt")]
    [InlineData("in-progress", "InProgress")]
    [InlineData("c++", "CPlusPlus")]
    [InlineData("#/components/x", "ComponentsX")]
    [InlineData("@type", "Type")]
    [InlineData("$ref", "Ref")]
    [InlineData("名前", "名前")]
    [InlineData("größe", "Größe")]
    [InlineData("*", "Star")]
    [InlineData("-", "Minus")]
    [InlineData("😀", "_")]
    public void Pascal_keeps_letters_of_any_script_and_spells_operators(string name, string expected)
        => Assert.Equal(expected, Identifier.Pascal(name));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("var", "@var")]
    [InlineData("startTime<", "startTimeLessThan")]
    [InlineData("2fa", "_2fa")]
    public void Camel_escapes_keywords(string name, string expected) => Assert.Equal(expected, Identifier.Camel(name));

    [Fact]
    public void Signed_values_spell_minus_so_they_stay_apart()
    {
        Assert.Equal(
            ["EtcGMTPlus0", "EtcGMTMinus0", "EtcGMT0", "Gpt4"],
            Identifier.Members(["Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "gpt-4"], []));
    }

    [Fact]
    public void Members_that_sanitise_alike_get_suffixes_in_declaration_order()
    {
        Assert.Equal(["FooBar", "FooBar2", "FooBar3"], Identifier.Members(["foo_bar", "foo-bar", "fooBar"], []));
    }

    [Fact]
    public void Enum_members_never_take_a_generated_name_or_the_type_name()
    {
        Assert.Equal(
            ["Value2", "ValuesValue", "IsKnownValue", "ToStringValue", "StatusValue", "Ok"],
            EnumMemberNames.For("Status", ["value", "values", "is_known", "to_string", "status", "ok"]));
    }

    [Fact]
    public void Hostile_names_generate_code_that_compiles()
    {
        var output = Generated.Clean(Generated.Spec(
            """
                Status:
                  type: string
                  enum: [value, values, status, is_known, Etc/GMT+0, Etc/GMT-0, 名前, '*', '-', '']
                Event:
                  type: object
                  properties:
                    event: { type: string }
                    '@type': { type: string }
                    type: { type: string }
                    'size<': { type: integer }
                    'size>=': { type: integer }
                    '$ref': { type: string }
                    名前: { type: string }
            """,
            """
                  /events/{event-id}:
                    get:
                      operationId: 'events#get/by-id'
                      tags: ['Événements & more']
                      parameters:
                        - { name: event-id, in: path, required: true, schema: { type: string } }
                        - { name: 'startTime<', in: query, schema: { type: string } }
                        - { name: 'startTime>=', in: query, schema: { type: string } }
                        - { name: startTime, in: query, schema: { type: string } }
                        - { name: class, in: query, schema: { type: string } }
                        - { name: call, in: query, schema: { type: string } }
                        - { name: cancellationToken, in: query, schema: { type: string } }
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: { $ref: '#/components/schemas/Event' }
            """));

        Assert.Equal(
            ["Value2", "ValuesValue", "StatusValue", "IsKnownValue", "EtcGMTPlus0", "EtcGMTMinus0", "名前", "Star", "Minus", "_"],
            FeatureSnapshotTests.MemberNames(output, "Status"));
        var properties = Generated.Type(output, "Event").GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name).ToArray();
        Assert.Equal(["EventValue", "Type", "TypeValue", "SizeLessThan", "SizeGreaterOrEqual", "Ref", "名前"], properties[..7]);
        var method = output.OutputCompilation.GetSymbolsWithName(name => name.StartsWith("EventsGetByIdAsync", System.StringComparison.Ordinal)).OfType<IMethodSymbol>().Single();
        Assert.Equal(
            ["eventId", "startTimeLessThan", "startTimeGreaterOrEqual", "startTime", "class", "call2", "cancellationToken2", "cancellationToken"],
            method.Parameters.Select(p => p.Name).ToArray());
    }

    [Theory]
    [InlineData("@class", "class")]
    [InlineData("batchId", "batchId")]
    [InlineData("", "")]
    public void Bare_drops_only_the_verbatim_at(string identifier, string expected)
        => Assert.Equal(expected, Identifier.Bare(identifier));
}
