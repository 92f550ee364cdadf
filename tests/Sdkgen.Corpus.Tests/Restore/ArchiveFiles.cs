using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>Reads chosen files out of a package archive in one pass: an npm <c>.tgz</c> or a Debian <c>.deb</c>.</summary>
internal static class ArchiveFiles
{
    /// <summary>The bytes of each wanted path (relative to the package root); a <c>.gz</c> file comes back unzipped.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string archive, IReadOnlyCollection<string> paths)
    {
        using var tar = archive.EndsWith(".deb", StringComparison.Ordinal) ? DebianFiles(archive) : NpmFiles(archive);
        var wanted = paths.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            var path = PackageRelative(entry.Name, archive);
            if (entry.DataStream is null || !wanted.Contains(path))
            {
                continue;
            }

            using var content = new MemoryStream();
            entry.DataStream.CopyTo(content);
            found[path] = path.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(content.ToArray()) : content.ToArray();
        }

        var missing = wanted.Where(path => !found.ContainsKey(path)).ToList();
        if (missing.Count > 0)
        {
            throw new CorpusRestoreException($"{archive} has no {string.Join(", ", missing)}.");
        }

        return found;
    }

    /// <summary>npm tarballs keep the package under one top folder (usually <c>package/</c>); Debian's data under <c>./</c>.</summary>
    private static string PackageRelative(string entryName, string archive)
        => archive.EndsWith(".deb", StringComparison.Ordinal)
            ? entryName.TrimStart('.', '/')
            : entryName[(entryName.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static Stream NpmFiles(string archive) => new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);

    /// <summary>A .deb's files are an xz tar inside an ar archive; dpkg-deb hands them over as a plain tar.</summary>
    private static Stream DebianFiles(string archive)
        => new MemoryStream(ExternalCommand.Run("dpkg-deb", Path.GetDirectoryName(archive)!, "--fsys-tarfile", archive));

    private static byte[] Gunzip(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
