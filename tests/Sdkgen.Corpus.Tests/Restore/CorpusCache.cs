using System;
using System.IO;
using System.Runtime.CompilerServices;
using Sdkgen.Corpus.Tests.Manifest;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>
/// Where restored packages and documents live: <c>artifacts/corpus/</c> at the repository root (git-ignored),
/// or <c>SDKGEN_CORPUS_CACHE</c> when set (to share one download between checkouts).
/// </summary>
internal static class CorpusCache
{
    public static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SDKGEN_CORPUS_CACHE");
            return string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(RepositoryRoot(), "artifacts", "corpus")
                : Path.GetFullPath(configured);
        }
    }

    /// <summary>Downloaded package archives, one folder per registry.</summary>
    public static string Packages(string registry) => Path.Combine(Root, "packages", registry);

    /// <summary>The extracted, verified document.</summary>
    public static string Document(CorpusSpec spec) => Path.Combine(Root, "specs", $"{spec.Id}.{spec.Format}");

    /// <summary>Per-spec figures and diagnostics written by each run, for reading the results (never asserted).</summary>
    public static string Reports => Path.Combine(Root, "reports");

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
