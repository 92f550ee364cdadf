namespace Sdkgen.Generator.Model;

/// <summary>How to walk a cursor-paginated list: which parameter takes the cursor and which response members carry the page.</summary>
/// <param name="CursorParameter">C# name of the query parameter the next cursor goes into.</param>
/// <param name="ItemsProperty">C# name of the response's array of items.</param>
/// <param name="NextCursorProperty">C# name of the response's next-cursor member, or of the items' id when <paramref name="FromLastItem"/>.</param>
/// <param name="HasMoreProperty">C# name of a boolean "more pages" member, if the response has one.</param>
/// <param name="FromLastItem">The next cursor is the last item's id (Stripe's <c>starting_after</c>), not a page member.</param>
internal sealed record PaginationSpec(string CursorParameter, string ItemsProperty, TypeRef ItemType, string NextCursorProperty, string? HasMoreProperty, bool FromLastItem = false);
