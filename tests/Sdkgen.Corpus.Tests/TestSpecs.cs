using Sdkgen.Corpus.Tests.Manifest;

namespace Sdkgen.Corpus.Tests;

/// <summary>A manifest entry for tests that need one but no real document.</summary>
internal static class TestSpecs
{
    public static CorpusSpec Inline(string version = "3.0.3", string sha256 = "") => new()
    {
        Id = "inline",
        Name = "Inline",
        Title = "Inline",
        Source = new SpecSource { Registry = "npm", Package = "none", Version = "0", Path = "none.yaml" },
        Sha256 = sha256,
        License = "",
        Version = version,
        Format = "yaml",
        Why = "test",
        Expected = new ExpectedFigures
        {
            Operations = 0, Schemas = 0, OperationsGenerated = 0, GeneratorErrors = 0, GeneratorWarnings = 0, CompileErrors = 0, CompileWarnings = 0, GeneratorCrashed = false,
        },
    };
}
