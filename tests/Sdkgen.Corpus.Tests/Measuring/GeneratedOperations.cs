using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sdkgen.Corpus.Tests.Measuring;

/// <summary>
/// Counts operations that became methods, from the compiled symbols: on the client and every group reachable
/// through its properties, the public instance methods returning <c>Task&lt;ApiResponse&gt;</c> or
/// <c>Task&lt;ApiResponse&lt;T&gt;&gt;</c>: every operation has exactly one (<c>…WithResponseAsync</c>), whatever
/// its plain method returns (a stream of values is an <c>IAsyncEnumerable</c>). Pagers (<c>…AllAsync</c>) are not counted; <see cref="Pagers"/> counts them.
/// </summary>
internal static class GeneratedOperations
{
    public static int Count(Compilation compilation, string clientTypeName) => Methods(compilation, clientTypeName).Count(IsOperation);

    /// <summary>The list operations that got a pager: <c>…AllAsync</c> methods returning <c>IAsyncEnumerable</c>.</summary>
    public static int Pagers(Compilation compilation, string clientTypeName) => Methods(compilation, clientTypeName).Count(IsPager);

    private static IEnumerable<IMethodSymbol> Methods(Compilation compilation, string clientTypeName)
    {
        var client = compilation.GetTypeByMetadataName(clientTypeName);
        if (client is null)
        {
            yield break;
        }

        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamedTypeSymbol>([client]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                yield return method;
            }

            foreach (var group in type.GetMembers().OfType<IPropertySymbol>().Where(IsPublicInstance).Select(property => property.Type).OfType<INamedTypeSymbol>())
            {
                if (group.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(group.ContainingNamespace, client.ContainingNamespace))
                {
                    pending.Push(group);
                }
            }
        }
    }

    private static bool IsOperation(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary && IsPublicInstance(method) && IsTask(method.ReturnType);

    private static bool IsPager(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary && IsPublicInstance(method) && method.Name.EndsWith("AllAsync", System.StringComparison.Ordinal)
            && method.ReturnType is INamedTypeSymbol { Name: "IAsyncEnumerable" };

    private static bool IsPublicInstance(ISymbol symbol) => symbol.DeclaredAccessibility == Accessibility.Public && !symbol.IsStatic;

    private static bool IsTask(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task", TypeArguments: [INamedTypeSymbol { Name: "ApiResponse" } response] } named
            && named.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks"
            && response.ContainingNamespace.ToDisplayString() == "Sdkgen.Runtime";
}
