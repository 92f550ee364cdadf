using Sdkgen.Corpus.Tests.Manifest;
using Xunit;

namespace Sdkgen.Corpus.Tests;

public sealed class RatchetTests
{
    private static readonly ExpectedFigures Stated = new()
    {
        Operations = 10,
        Schemas = 4,
        OperationsGenerated = 7,
        GeneratorErrors = 2,
        GeneratorWarnings = 3,
        CompileErrors = 5,
        CompileWarnings = 1,
        GeneratorCrashed = false,
    };

    [Fact]
    public void The_same_figures_hold()
        => Assert.True(Ratchet.Compare(Stated, Stated with { }).Holds);

    [Fact]
    public void Fewer_generated_operations_or_more_errors_are_regressions()
    {
        var verdict = Ratchet.Compare(Stated, Stated with { OperationsGenerated = 6, CompileErrors = 9, GeneratorCrashed = true });

        Assert.Equal(
            ["operationsGenerated: corpus.json states 7, measured 6", "compileErrors: corpus.json states 5, measured 9", "generatorCrashed: corpus.json states 0, measured 1"],
            verdict.Regressions);
        Assert.Empty(verdict.Improvements);
        Assert.Contains("got WORSE", Ratchet.Explain("x", verdict));
    }

    [Fact]
    public void Better_figures_fail_too_and_ask_to_tighten_the_manifest()
    {
        var verdict = Ratchet.Compare(Stated, Stated with { OperationsGenerated = 10, GeneratorErrors = 0, CompileWarnings = 0 });

        Assert.False(verdict.Holds);
        Assert.Empty(verdict.Regressions);
        Assert.Equal(3, verdict.Improvements.Count);
        Assert.Contains("SDKGEN_UPDATE_CORPUS=1", Ratchet.Explain("x", verdict));
    }

    [Fact]
    public void A_different_operation_count_is_a_changed_fact_not_an_improvement()
    {
        var verdict = Ratchet.Compare(Stated, Stated with { Operations = 11 });

        Assert.Equal(["operations: corpus.json states 10, the document has 11"], verdict.FactChanges);
        Assert.Empty(verdict.Improvements);
        Assert.False(verdict.Holds);
    }
}
