using System.Collections.Generic;

namespace Sdkgen.Corpus.Tests.Manifest;

/// <summary>One real API document of the corpus: where it comes from, what it is, and what Sdkgen makes of it today.</summary>
internal sealed record CorpusSpec
{
    /// <summary>Short, stable id: the theory row, the cache file name and the snapshot folder.</summary>
    public required string Id { get; init; }

    /// <summary>PascalCase name: the SDK is generated into namespace <c>Corpus.{Name}</c> with client <c>{Name}Client</c>.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required SpecSource Source { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the extracted document; a restore that yields anything else fails.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The licence the document states, or what is known of it when it states none.</summary>
    public required string License { get; init; }

    /// <summary>The document's <c>openapi</c>/<c>swagger</c> version string.</summary>
    public required string Version { get; init; }

    /// <summary>"json" or "yaml".</summary>
    public required string Format { get; init; }

    /// <summary>Why the document is in the corpus (payments with form bodies, discriminated unions, …).</summary>
    public required string Why { get; init; }

    /// <summary>Hint names of the generated files whose text is kept as snapshots (a record, an enum, a group).</summary>
    public IReadOnlyList<string> Snapshot { get; init; } = [];

    public required ExpectedFigures Expected { get; init; }

    public string Namespace => "Corpus." + Name;

    public string ClientName => Name + "Client";

    public override string ToString() => Id;
}

/// <summary>A file inside a package that a registry serves: npm tarball or Debian package.</summary>
internal sealed record SpecSource
{
    /// <summary>"npm" or "debian".</summary>
    public required string Registry { get; init; }

    public required string Package { get; init; }

    /// <summary>The exact version; nothing else is ever downloaded.</summary>
    public required string Version { get; init; }

    /// <summary>Path inside the package (npm: below <c>package/</c>; Debian: below the file-system root). A <c>.gz</c> file is unzipped.</summary>
    public required string Path { get; init; }
}

/// <summary>
/// What the document holds and what Sdkgen made of it when the manifest was last tightened.
/// The ratchet fails both when a figure gets worse and when it gets better than stated here.
/// </summary>
internal sealed record ExpectedFigures
{
    /// <summary>HTTP methods under <c>paths</c> (a fact of the pinned document).</summary>
    public required int Operations { get; init; }

    /// <summary><c>components.schemas</c> (3.x) or <c>definitions</c> (2.0) (a fact of the pinned document).</summary>
    public required int Schemas { get; init; }

    /// <summary>Public methods returning a Task on the client and its groups (pagers excluded). Ratchet: may only grow.</summary>
    public required int OperationsGenerated { get; init; }

    /// <summary>SDKG diagnostics of error severity. Ratchet: may only shrink.</summary>
    public required int GeneratorErrors { get; init; }

    /// <summary>SDKG diagnostics of warning severity. Ratchet: may only shrink.</summary>
    public required int GeneratorWarnings { get; init; }

    /// <summary>Compiler errors in the generated code. Ratchet: may only shrink.</summary>
    public required int CompileErrors { get; init; }

    /// <summary>Compiler warnings in the generated code (warning level 9999). Ratchet: may only shrink.</summary>
    public required int CompileWarnings { get; init; }

    /// <summary>The generator threw (reported by Roslyn as CS8785). Ratchet: true may become false, never the reverse.</summary>
    public required bool GeneratorCrashed { get; init; }
}
