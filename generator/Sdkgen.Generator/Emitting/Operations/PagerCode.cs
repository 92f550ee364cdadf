using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Emitting.Operations;

/// <summary>An IAsyncEnumerable over every item: each page's next cursor goes into the next request until none is left.</summary>
internal static class PagerCode
{
    public static void Emit(SourceWriter writer, string ns, OperationSpec operation, List<MethodParameter> parameters, PaginationSpec pagination)
    {
        var baseName = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        writer.Line($"/// <summary>Every item of <see cref=\"{operation.MethodName}\"/>, page after page, fetched as you enumerate.</summary>");
        writer.Line($"/// <remarks>Starts at <paramref name=\"{Identifier.Bare(pagination.CursorParameter)}\"/> (or the first page) and passes each page's <c>{pagination.NextCursorProperty}</c> on as the next cursor until {(pagination.HasMoreProperty is null ? "no cursor comes back" : $"<c>{pagination.HasMoreProperty}</c> is false or no cursor comes back")}.</remarks>");
        foreach (var parameter in parameters)
        {
            DocComments.Param(writer, parameter.Name, parameter.Description);
        }

        DocComments.Obsolete(writer, operation.Deprecated, operation.MethodName);
        var signature = parameters.Select(p => p.Declaration).Concat(new[] { "[global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default" });
        writer.Open($"public async global::System.Collections.Generic.IAsyncEnumerable<{TypeNames.Of(pagination.ItemType, ns)}> {baseName}AllAsync({string.Join(", ", signature)})");
        writer.Line($"var pageCursor = {pagination.CursorParameter};");
        writer.Open("while (true)");
        var arguments = parameters.Select(p => p.Name == pagination.CursorParameter ? "pageCursor" : p.Name).Concat(new[] { "cancellationToken" });
        writer.Line($"var page = await {operation.MethodName}({string.Join(", ", arguments)}).ConfigureAwait(false);");
        writer.Open($"foreach (var item in page.{pagination.ItemsProperty} ?? [])")
            .Line("yield return item;")
            .Close();
        var next = pagination.FromLastItem ? $"(page.{pagination.ItemsProperty} is {{ Count: > 0 }} ? page.{pagination.ItemsProperty}[page.{pagination.ItemsProperty}.Count - 1].{pagination.NextCursorProperty} : null)" : $"page.{pagination.NextCursorProperty}";
        var stop = $"{next} is not {{ Length: > 0 }} nextCursor || nextCursor == pageCursor";
        if (pagination.HasMoreProperty is { } hasMore)
        {
            stop = $"page.{hasMore} == false || " + stop;
        }

        writer.Open($"if ({stop})")
            .Line("yield break;")
            .Close();
        writer.Line("pageCursor = nextCursor;");
        writer.Close();
        writer.Close();
    }
}
