using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sdkgen.Corpus.Tests.Measuring;

/// <summary>
/// Counts operations that became methods, from the compiled symbols: public instance methods returning
/// <c>Task</c>/<c>Task&lt;T&gt;</c> on the client and every group reachable through its properties.
/// Pagers (<c>…AllAsync</c>) return <c>IAsyncEnumerable</c> and so are not counted.
/// </summary>
internal static class GeneratedOperations
{
    public static int Count(Compilation compilation, string clientTypeName)
    {
        var client = compilation.GetTypeByMetadataName(clientTypeName);
        if (client is null)
        {
            return 0;
        }

        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamedTypeSymbol>([client]);
        var count = 0;
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            count += type.GetMembers().OfType<IMethodSymbol>().Count(IsOperation);
            foreach (var group in type.GetMembers().OfType<IPropertySymbol>().Where(IsPublicInstance).Select(property => property.Type).OfType<INamedTypeSymbol>())
            {
                if (group.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(group.ContainingNamespace, client.ContainingNamespace))
                {
                    pending.Push(group);
                }
            }
        }

        return count;
    }

    private static bool IsOperation(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary && IsPublicInstance(method) && IsTask(method.ReturnType);

    private static bool IsPublicInstance(ISymbol symbol) => symbol.DeclaredAccessibility == Accessibility.Public && !symbol.IsStatic;

    private static bool IsTask(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" } named && named.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks";
}
