using Sdkgen.Corpus.Tests.Manifest;
using Sdkgen.Corpus.Tests.Restore;

namespace Sdkgen.Corpus.Tests;

/// <summary>
/// Restores every corpus document once per test run before the first corpus test. A failed download or a wrong
/// checksum throws here, which fails every corpus test with that message: the corpus is never silently skipped.
/// </summary>
public sealed class RestoredCorpus
{
    public RestoredCorpus() => CorpusRestore.EnsureAll(CorpusManifest.Specs);
}
