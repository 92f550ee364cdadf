using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>The spec as an AdditionalFiles item, its text read once (as the compiler reads the file once per build).</summary>
internal sealed class SpecFile(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
