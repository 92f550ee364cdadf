using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Parsing;

namespace Sdkgen.Generator.Diagnostics;

/// <summary>An equatable, Roslyn-free diagnostic: safe to keep in the incremental pipeline.</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, SourcePosition Start, SourcePosition End, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourcePosition start, SourcePosition end, params string[] arguments)
        => new(descriptor.Id, filePath, start, end, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Find(Id)!;
        var span = new TextSpan(Start.Offset, System.Math.Max(0, End.Offset - Start.Offset));
        var lines = new LinePositionSpan(new LinePosition(Start.Line, Start.Column), new LinePosition(End.Line, End.Column));
        var location = Location.Create(FilePath, span, lines);
        return Diagnostic.Create(descriptor, location, Arguments.AsSpan().ToArray());
    }
}
