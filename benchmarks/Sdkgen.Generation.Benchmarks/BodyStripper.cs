using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>Replaces every method, constructor, operator and accessor body with <c>throw null!</c>: what is left is the cost of the declarations alone.</summary>
internal sealed class BodyStripper : CSharpSyntaxRewriter
{
    private static readonly BlockSyntax Throw = SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;"));
    private static readonly ArrowExpressionClauseSyntax ThrowArrow = SyntaxFactory.ArrowExpressionClause(SyntaxFactory.ParseExpression("throw null!"));

    private readonly System.Func<string, bool> _inNamespace;

    private BodyStripper(System.Func<string, bool> inNamespace) => _inNamespace = inNamespace;

    /// <param name="inNamespace">Which namespaces to strip (a schema's file holds its type, then its converter in "….Serialization"); all when null.</param>
    public static string Strip(string text, CSharpParseOptions options, System.Func<string, bool>? inNamespace = null)
        => new BodyStripper(inNamespace ?? (_ => true)).Visit(CSharpSyntaxTree.ParseText(text, options).GetRoot()).ToFullString();

    public override SyntaxNode? VisitNamespaceDeclaration(NamespaceDeclarationSyntax node)
        => _inNamespace(node.Name.ToString()) ? base.VisitNamespaceDeclaration(node) : node;

    public override SyntaxNode? VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node)
        => _inNamespace(node.Name.ToString()) ? base.VisitFileScopedNamespaceDeclaration(node) : node;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        // An async iterator must keep a yield; without its body it is a plain method that throws.
        node = node.WithModifiers(SyntaxFactory.TokenList(node.Modifiers.Where(m => !m.IsKind(SyntaxKind.AsyncKeyword))));
        return node.Body is not null ? node.WithBody(Throw) : node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : node;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        => node.Body is not null ? node.WithBody(Throw) : node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : node;

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        => node.Body is not null ? node.WithBody(Throw) : node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : node;

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
        => node.Body is not null ? node.WithBody(Throw) : node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : node;

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        => node.Body is not null ? node.WithBody(Throw) : node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : node;

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        => node.ExpressionBody is not null ? node.WithExpressionBody(ThrowArrow) : base.VisitPropertyDeclaration(node);
}
