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

    public static string Strip(string text, CSharpParseOptions options)
        => new BodyStripper().Visit(CSharpSyntaxTree.ParseText(text, options).GetRoot()).ToFullString();

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
