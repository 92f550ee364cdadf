using System;
using System.IO;
using System.Text;

namespace BatchCalling.Cli.Tests;

/// <summary>A scratch directory per test; fixtures are written here by the tests themselves.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "batchcli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes text exactly as given (line endings included), optionally with a UTF-8 BOM.</summary>
    public string Write(string name, string content, bool bom = false)
    {
        string path = File(name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(bom));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp dir is not a test failure.
        }
    }
}
