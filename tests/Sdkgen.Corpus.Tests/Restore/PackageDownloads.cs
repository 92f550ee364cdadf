using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sdkgen.Corpus.Tests.Manifest;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>Brings one pinned package into the cache with the registry's own client; a cached archive is used as it is.</summary>
internal static class PackageDownloads
{
    public static string Archive(SpecSource source) => source.Registry switch
    {
        "npm" => Npm(source.Package, source.Version),
        "debian" => Debian(source.Package, source.Version),
        _ => throw new CorpusRestoreException($"Unknown registry '{source.Registry}' for {source.Package}; use npm or debian."),
    };

    /// <summary><c>npm pack name@version</c>: the registry's tarball, integrity-checked by npm.</summary>
    private static string Npm(string package, string version)
    {
        var target = Path.Combine(CorpusCache.Packages("npm"), $"{package.TrimStart('@').Replace('/', '-')}-{version}.tgz");
        return Cached(target) ?? Download(target, staging =>
        {
            var json = ExternalCommand.Run("npm", staging, "pack", $"{package}@{version}", "--json", "--loglevel=error");
            using var report = JsonDocument.Parse(json);
            return Path.Combine(staging, report.RootElement[0].GetProperty("filename").GetString()!);
        });
    }

    /// <summary><c>apt-get download name=version</c>: needs the package lists (<c>apt-get update</c>), not root.</summary>
    private static string Debian(string package, string version)
    {
        var target = Path.Combine(CorpusCache.Packages("debian"), $"{package}_{version}.deb");
        return Cached(target) ?? Download(target, staging =>
        {
            try
            {
                ExternalCommand.Run("apt-get", staging, "download", $"{package}={version}");
            }
            catch (CorpusRestoreException exception)
            {
                throw new CorpusRestoreException(
                    $"{exception.Message}{Environment.NewLine}If apt-get knows no such package, its lists are missing or stale: run 'apt-get update' (as root; .ci/run does).",
                    exception);
            }

            return Directory.GetFiles(staging, "*.deb").Single();
        });
    }

    private static string? Cached(string target) => File.Exists(target) ? target : null;

    /// <summary>Downloads into a fresh folder and moves the archive into place, so an interrupted download never looks cached.</summary>
    private static string Download(string target, Func<string, string> download)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staging = Path.Combine(Path.GetDirectoryName(target)!, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            File.Move(download(staging), target, overwrite: true);
            return target;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
