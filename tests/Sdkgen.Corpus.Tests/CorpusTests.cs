using Xunit;
using Xunit.Abstractions;

namespace Sdkgen.Corpus.Tests;

/// <summary>The corpus documents of up to 300 operations. A class of its own, so xunit runs it beside the heavy ones.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ids => CorpusCheck.Ids(heavy: false);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Spec_generates_exactly_as_well_as_the_manifest_states(string id)
        => CorpusCheck.Verify(id, output);
}

/// <summary>The heavy corpus documents (over 300 operations), in their own trait: <c>--filter Category!=Corpus</c> leaves them out.</summary>
[Trait("Category", "Corpus")]
public sealed class HeavyCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ids => CorpusCheck.Ids(heavy: true);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Spec_generates_exactly_as_well_as_the_manifest_states(string id)
        => CorpusCheck.Verify(id, output);
}
