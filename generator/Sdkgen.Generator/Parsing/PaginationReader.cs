using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Finds cursor-paginated list operations so an <c>IAsyncEnumerable</c> that walks every page can be generated.
/// <c>x-fern-pagination</c> (<c>cursor: $request.x</c>, <c>next_cursor: $response.y</c>, <c>results: $response.z</c>) wins.
/// Otherwise the rule is: a GET with a cursor-like query parameter (cursor, after, page_token, last_doc, …) whose JSON
/// response object has exactly one array member and a next-cursor string member (next_*, *cursor*, continuation*),
/// optionally with a has_more/has_next boolean.
/// </summary>
internal static class PaginationReader
{
    public static PaginationSpec? Read(OperationSpec operation, YamlMapping node, IReadOnlyDictionary<string, RecordSpec> records)
    {
        if (operation.ResponseKind != ResponseKind.Json
            || operation.Response is not { Kind: TypeKind.Record } response
            || !records.TryGetValue(response.Name!, out var page))
        {
            return null;
        }

        var queries = operation.Parameters.Where(p => p.Location == ParameterLocation.Query && p.Type.Kind == TypeKind.String).ToList();
        ParameterSpec? cursor;
        PropertySpec? next;
        PropertySpec? items;
        if (node.Mapping("x-fern-pagination") is { } fern)
        {
            cursor = queries.FirstOrDefault(p => p.WireName == After(fern.String("cursor"), "$request."));
            next = page.Properties.FirstOrDefault(p => p.JsonName == After(fern.String("next_cursor"), "$response."));
            items = page.Properties.FirstOrDefault(p => p.JsonName == After(fern.String("results"), "$response."));
        }
        else
        {
            if (operation.HttpMethod != "GET")
            {
                return null;
            }

            cursor = queries.FirstOrDefault(p => IsCursorParameter(p.WireName));
            next = page.Properties.FirstOrDefault(p => p.Type.Kind == TypeKind.String && IsNextCursor(p.JsonName));
            var arrays = page.Properties.Where(p => p.Type.Kind == TypeKind.Array).ToList();
            items = arrays.Count == 1 ? arrays[0] : null;
        }

        if (cursor is null || next is null || items is null || items.Type.Kind != TypeKind.Array)
        {
            return null;
        }

        var hasMore = page.Properties.FirstOrDefault(p => p.Type.Kind == TypeKind.Boolean && Normalize(p.JsonName) is "hasmore" or "hasnext" or "hasnextpage" or "more");
        return new PaginationSpec(cursor.Name, items.Name, items.Type.Element!, next.Name, hasMore?.Name);
    }

    private static bool IsCursorParameter(string name)
    {
        var n = Normalize(name);
        return n.Contains("cursor") || n.Contains("pagetoken") || n.Contains("nexttoken") || n.Contains("continuation")
            || n is "after" or "startingafter" or "startafter" or "lastdoc" or "lastid" or "lastkey" or "lastevaluatedkey";
    }

    private static bool IsNextCursor(string name)
    {
        var n = Normalize(name);
        return n.StartsWith("next", StringComparison.Ordinal) || n.Contains("cursor") || n.Contains("continuation") || n is "lastevaluatedkey";
    }

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? After(string? expression, string prefix)
        => expression is not null && expression.StartsWith(prefix, StringComparison.Ordinal) ? expression.Substring(prefix.Length) : expression;
}
