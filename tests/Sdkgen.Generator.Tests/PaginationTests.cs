using System.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>The pager (<c>…AllAsync</c>) comes from a general rule or x-fern-pagination, never from one API's names.</summary>
public sealed class PaginationTests
{
    private const string Page = """
            Page:
              type: object
              required: [data]
              properties:
                data: { type: array, items: { type: string } }
                NEXT_PARAM: { type: [string, 'null'] }
                has_more: { type: boolean }
        """;

    [Theory]
    [InlineData("cursor", "next_cursor")]
    [InlineData("starting_after", "next_page")]
    [InlineData("page_token", "nextPageToken")]
    [InlineData("last_doc", "next_doc")]
    [InlineData("start_after_history_item_id", "last_history_item_id")]
    [InlineData("page_token", "next_page_token")]
    [InlineData("after", "last_id")]
    [InlineData("marker", "next_marker")]
    public void Cursor_parameter_and_next_cursor_member_give_an_async_enumerable(string cursorParameter, string nextMember)
    {
        var output = Generated.Clean(Generated.Spec(Page.Replace("NEXT_PARAM", nextMember), Paths("get", cursorParameter)));

        var pager = Method(output, "ListThingsAllAsync");
        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<string>", pager.ReturnType.ToDisplayString());
        Assert.Contains(output.Sources["Test.TestClient.g.cs"].Split('\n'), line => line.Contains("pageCursor = nextCursor;"));
    }

    [Fact]
    public void A_list_without_a_cursor_parameter_gets_no_pager()
    {
        var output = Generated.Clean(Generated.Spec(Page.Replace("NEXT_PARAM", "next_cursor"), Paths("get", "offset_count")));

        Assert.Empty(Type(output).GetMembers("ListThingsAllAsync"));
    }

    [Fact]
    public void Without_a_next_cursor_an_after_cursor_continues_from_the_last_items_id()
    {
        const string Schemas = """
                Page:
                  type: object
                  properties:
                    data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                    has_more: { type: boolean }
                Thing:
                  type: object
                  required: [id]
                  properties:
                    id: { type: string }
            """;

        var output = Generated.Clean(Generated.Spec(Schemas, Paths("get", "starting_after")));

        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<Test.Thing>", Method(output, "ListThingsAllAsync").ReturnType.ToDisplayString());
        Assert.Contains(output.Sources["Test.TestClient.g.cs"].Split('\n'), line => line.Contains("page.Data[page.Data.Count - 1].Id"));
    }

    [Fact]
    public void Without_a_next_cursor_or_has_more_there_is_no_pager()
    {
        const string Schemas = """
                Page:
                  type: object
                  properties:
                    data: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                Thing:
                  type: object
                  properties:
                    id: { type: string }
            """;

        var output = Generated.Clean(Generated.Spec(Schemas, Paths("get", "starting_after")));

        Assert.Empty(Type(output).GetMembers("ListThingsAllAsync"));
    }

    [Fact]
    public void A_next_page_url_is_not_a_cursor()
    {
        var output = Generated.Clean(Generated.Spec(Page.Replace("NEXT_PARAM", "next_page_uri"), Paths("get", "PageToken")));

        Assert.Empty(Type(output).GetMembers("ListThingsAllAsync"));
    }

    [Fact]
    public void A_post_is_not_paged_by_the_naming_rule()
    {
        var output = Generated.Clean(Generated.Spec(Page.Replace("NEXT_PARAM", "next_cursor"), Paths("post", "cursor")));

        Assert.Empty(Type(output).GetMembers("ListThingsAllAsync"));
    }

    [Fact]
    public void X_fern_pagination_names_the_members_whatever_they_are_called()
    {
        const string Schemas = """
                Page:
                  type: object
                  properties:
                    items: { type: array, items: { type: integer } }
                    other: { type: array, items: { type: string } }
                    token_out: { type: string }
            """;
        var paths = Paths("get", "token_in") + """

                  x-fern-pagination:
                    cursor: $request.token_in
                    next_cursor: $response.token_out
                    results: $response.items
            """;

        var output = Generated.Clean(Generated.Spec(Schemas, paths));

        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<long>", Method(output, "ListThingsAllAsync").ReturnType.ToDisplayString());
    }

    private static string Paths(string method, string cursorParameter) => $$"""
          /things:
            {{method}}:
              operationId: list_things
              parameters:
                - name: {{cursorParameter}}
                  in: query
                  schema: { type: [string, 'null'] }
              responses:
                '200':
                  description: A page
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Page' }
        """;

    private static INamedTypeSymbol Type(GeneratorOutput output) => Generated.Type(output, "TestClient");

    private static IMethodSymbol Method(GeneratorOutput output, string name)
        => Type(output).GetMembers(name).OfType<IMethodSymbol>().SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"No {name}; members: {string.Join(", ", Type(output).MemberNames)}");
}
