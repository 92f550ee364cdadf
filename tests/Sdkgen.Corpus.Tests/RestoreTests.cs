using System;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Text;
using Sdkgen.Corpus.Tests.Restore;
using Xunit;

namespace Sdkgen.Corpus.Tests;

/// <summary>The restore's parts, offline: a tarball made here, a checksum, a failing command.</summary>
public sealed class RestoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdkgen-corpus-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Npm_tarball_files_are_read_below_the_package_folder_and_gz_files_come_back_unzipped()
    {
        var archive = Tarball(("package/api/a.json", Encoding.UTF8.GetBytes("{\"a\":1}")), ("package/specs/b.json.gz", Gzip("{\"b\":2}")), ("package/c.json", [1]));

        var files = ArchiveFiles.Read(archive, ["api/a.json", "specs/b.json.gz"]);

        Assert.Equal(2, files.Count);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(files["api/a.json"]));
        Assert.Equal("{\"b\":2}", Encoding.UTF8.GetString(files["specs/b.json.gz"]));
    }

    [Fact]
    public void A_path_the_package_lacks_fails_the_restore()
    {
        var archive = Tarball(("package/a.json", [1]));

        var exception = Assert.Throws<CorpusRestoreException>(() => ArchiveFiles.Read(archive, ["a.json", "missing.json"]));

        Assert.Contains("has no missing.json", exception.Message);
    }

    [Fact]
    public void Bytes_with_another_checksum_than_the_pin_fail_the_restore()
    {
        var bytes = Encoding.UTF8.GetBytes("openapi: 3.0.0");
        var spec = TestSpecs.Inline(sha256: CorpusRestore.Sha256(bytes));

        Assert.Same(bytes, CorpusRestore.Verified(spec, bytes));
        var exception = Assert.Throws<CorpusRestoreException>(() => CorpusRestore.Verified(spec, Encoding.UTF8.GetBytes("openapi: 3.0.1")));
        Assert.Contains($"pins '{spec.Sha256}'", exception.Message);
    }

    [Fact]
    public void A_failing_command_fails_with_its_exit_code_and_error_output()
    {
        var exception = Assert.Throws<CorpusRestoreException>(() => ExternalCommand.Run("sh", _folder, "-c", "echo registry says no >&2; exit 3"));

        Assert.Contains("exit code 3", exception.Message);
        Assert.Contains("registry says no", exception.Message);
    }

    [Fact]
    public void A_missing_client_fails_with_a_message_naming_it()
    {
        var exception = Assert.Throws<CorpusRestoreException>(() => ExternalCommand.Run("sdkgen-no-such-client", _folder, "pack"));

        Assert.Contains("Could not start 'sdkgen-no-such-client pack'", exception.Message);
    }

    private string Tarball(params (string Name, byte[] Content)[] entries)
    {
        var path = Path.Combine(_folder, "package.tgz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip);
        foreach (var (name, content) in entries)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
        }

        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
