using System;
using System.IO;
using System.Linq;
using Sdkgen.Corpus.Tests.Manifest;
using Sdkgen.Corpus.Tests.Measuring;
using Sdkgen.Corpus.Tests.Restore;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Sdkgen.Corpus.Tests;

/// <summary>
/// Every real API document in corpus.json: generated in memory, compiled, measured, and held to the manifest's
/// figures by a ratchet (no worse, and no better without tightening the manifest), plus a small snapshot slice.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class CorpusTests(RestoredCorpus corpus, ITestOutputHelper output) : IClassFixture<RestoredCorpus>
{
    public static TheoryData<string> Ids => new(CorpusManifest.Specs.Select(spec => spec.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Spec_generates_exactly_as_well_as_the_manifest_states(string id)
    {
        Assert.NotNull(corpus);
        var spec = CorpusManifest.Get(id);
        var run = CorpusRun.Generate(spec, File.ReadAllText(CorpusCache.Document(spec)));
        CorpusReport.Write(spec, run);
        output.WriteLine(CorpusReport.Summary(spec, run));

        Assert.True(run.Document.Version == spec.Version, $"corpus.json says '{spec.Id}' is {spec.Version}; the document says {run.Document.Version}.");
        var verdict = Ratchet.Compare(spec.Expected, run.Figures);
        if (CorpusManifest.Updating && !verdict.Holds)
        {
            CorpusManifest.WriteExpected(spec.Id, run.Figures);
        }
        else
        {
            Assert.True(verdict.Holds, Ratchet.Explain(spec.Id, verdict) + $"\nDiagnostics: {Path.Combine(CorpusCache.Reports, spec.Id + ".diagnostics.txt")}");
        }

        if (spec.Snapshot.Count > 0)
        {
            var missing = spec.Snapshot.Where(hint => !run.Sources.ContainsKey(hint)).ToList();
            Assert.True(missing.Count == 0, $"corpus.json snapshots {string.Join(", ", missing)} of '{spec.Id}', which were not generated.");
            Snapshot.Verify(spec.Id, spec.Snapshot.ToDictionary(hint => hint, hint => run.Sources[hint], StringComparer.Ordinal));
        }
    }
}
