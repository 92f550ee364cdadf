using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Sdkgen.Corpus.Tests.Manifest;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>
/// Puts every corpus document into the cache, checked against its pinned SHA-256.
/// A document already there with the right checksum costs no network; anything that cannot be had throws.
/// </summary>
internal static class CorpusRestore
{
    // One restore per test process, whichever corpus test asks first; a failure is kept and rethrown to every test.
    private static readonly Lazy<bool> Restored = new(() =>
    {
        EnsureAll(CorpusManifest.Specs);
        return true;
    });

    /// <summary>Restores the whole manifest the first time it is called; later calls wait for that one or rethrow its failure.</summary>
    public static void EnsureAllOnce() => _ = Restored.Value;

    public static void EnsureAll(IEnumerable<CorpusSpec> specs)
    {
        var missing = specs.Where(spec => !IsCached(spec)).ToList();
        foreach (var package in missing.GroupBy(spec => (spec.Source.Registry, spec.Source.Package, spec.Source.Version)))
        {
            var archive = PackageDownloads.Archive(package.First().Source);
            var files = ReadArchive(archive, package.Select(spec => spec.Source.Path).Distinct(StringComparer.Ordinal).ToList());
            foreach (var spec in package)
            {
                Store(spec, Verified(spec, files[spec.Source.Path]));
            }
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static bool IsCached(CorpusSpec spec)
    {
        var path = CorpusCache.Document(spec);
        return File.Exists(path) && Sha256(File.ReadAllBytes(path)) == spec.Sha256;
    }

    private static IReadOnlyDictionary<string, byte[]> ReadArchive(string archive, IReadOnlyCollection<string> paths)
    {
        try
        {
            return ArchiveFiles.Read(archive, paths);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new CorpusRestoreException($"{archive} is damaged ({exception.Message}); delete it and run the tests again.", exception);
        }
    }

    /// <summary>The bytes when their SHA-256 is the pinned one; otherwise the restore stops here.</summary>
    public static byte[] Verified(CorpusSpec spec, byte[] bytes)
    {
        var actual = Sha256(bytes);
        if (actual != spec.Sha256)
        {
            throw new CorpusRestoreException(
                $"Spec '{spec.Id}': {spec.Source.Registry} {spec.Source.Package}@{spec.Source.Version} '{spec.Source.Path}' has SHA-256 {actual}, " +
                $"but corpus.json pins '{spec.Sha256}'. A pinned package never changes: check the source before changing the pin.");
        }

        return bytes;
    }

    private static void Store(CorpusSpec spec, byte[] bytes)
    {
        var target = CorpusCache.Document(spec);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true);
    }
}
