using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Finds cursor-paginated list operations so an <c>IAsyncEnumerable</c> that walks every page can be generated.
/// <c>x-fern-pagination</c> (<c>cursor: $request.x</c>, <c>next_cursor: $response.y</c>, <c>results: $response.z</c>) wins.
/// Otherwise the rule is: a GET with a cursor-like query parameter (cursor, after, start_after_*, page_token, marker,
/// last_doc, …) whose JSON response object has exactly one array member and a next-cursor string member (next_*,
/// *cursor*, continuation*, last_*_id), optionally with a has_more/has_next boolean. Where the page has no next-cursor
/// member but says has_more, an "after"-style cursor takes the last item's <c>id</c> (Stripe's <c>starting_after</c>).
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
            next = page.Properties.Where(p => p.Type.Kind == TypeKind.String && IsNextCursor(p.JsonName))
                .OrderBy(p => Normalize(p.JsonName).StartsWith("last", StringComparison.Ordinal) ? 1 : 0)
                .FirstOrDefault();
            var arrays = page.Properties.Where(p => p.Type.Kind == TypeKind.Array).ToList();
            items = arrays.Count == 1 ? arrays[0] : null;
        }

        if (cursor is null || items is null || items.Type.Kind != TypeKind.Array)
        {
            return null;
        }

        var hasMore = page.Properties.FirstOrDefault(p => p.Type.Kind == TypeKind.Boolean && Normalize(p.JsonName) is "hasmore" or "hasnext" or "hasnextpage" or "more");
        if (next is not null)
        {
            return new PaginationSpec(cursor.Name, items.Name, items.Type.Element!, next.Name, hasMore?.Name);
        }

        // No next cursor in the page: an "after" cursor continues from the last item's id while has_more says so.
        var itemId = items.Type.Element is { Kind: TypeKind.Record } element && records.TryGetValue(element.Name!, out var item)
            ? item.Properties.FirstOrDefault(p => p.JsonName == "id" && p.Type.Kind == TypeKind.String)
            : null;
        return hasMore is not null && itemId is not null && IsAfterParameter(cursor.WireName)
            ? new PaginationSpec(cursor.Name, items.Name, items.Type.Element!, itemId.Name, hasMore.Name, FromLastItem: true)
            : null;
    }

    private static bool IsCursorParameter(string name)
    {
        var n = Normalize(name);
        return n.Contains("cursor") || n.Contains("pagetoken") || n.Contains("nexttoken") || n.Contains("continuation")
            || IsAfterParameter(name) || n is "marker" or "lastdoc" or "lastid" or "lastkey" or "lastevaluatedkey";
    }

    /// <summary>"Start after this item": after, starting_after, start_after_history_item_id.</summary>
    private static bool IsAfterParameter(string name)
    {
        var n = Normalize(name);
        return n is "after" || n.StartsWith("startingafter", StringComparison.Ordinal) || n.StartsWith("startafter", StringComparison.Ordinal);
    }

    /// <summary>
    /// next_*, *cursor*, continuation*, or the last item's id: last_id, last_history_item_id. Never a next-page URL
    /// (Twilio's next_page_uri): that is a whole request, not a value for the cursor parameter.
    /// </summary>
    private static bool IsNextCursor(string name)
    {
        var n = Normalize(name);
        if (n.EndsWith("uri", StringComparison.Ordinal) || n.EndsWith("url", StringComparison.Ordinal) || n.EndsWith("link", StringComparison.Ordinal) || n.EndsWith("href", StringComparison.Ordinal))
        {
            return false;
        }

        return n.StartsWith("next", StringComparison.Ordinal) || n.Contains("cursor") || n.Contains("continuation") || n is "lastevaluatedkey"
            || (n.StartsWith("last", StringComparison.Ordinal) && n.EndsWith("id", StringComparison.Ordinal));
    }

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? After(string? expression, string prefix)
        => expression is not null && expression.StartsWith(prefix, StringComparison.Ordinal) ? expression.Substring(prefix.Length) : expression;
}
