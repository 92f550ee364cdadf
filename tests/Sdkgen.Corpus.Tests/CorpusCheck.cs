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
/// The check every corpus document gets: generated in memory, compiled, measured, held to corpus.json by the
/// ratchet (no worse, and no better without tightening the manifest), and a small slice kept as snapshots.
/// </summary>
internal static class CorpusCheck
{
    /// <summary>Documents with more operations than this are the heavy ones (trait Category=Corpus).</summary>
    public const int HeavyOperations = 300;

    public static TheoryData<string> Ids(bool heavy)
        => new(CorpusManifest.Specs.Where(spec => spec.Expected.Operations > HeavyOperations == heavy).Select(spec => spec.Id));

    public static void Verify(string id, ITestOutputHelper output)
    {
        CorpusRestore.EnsureAllOnce();
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
