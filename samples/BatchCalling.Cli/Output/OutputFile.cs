using System;
using System.IO;
using System.Threading.Tasks;

namespace BatchCalling.Cli.Output;

/// <summary>
/// Writes a file next to its target and moves it into place at the end, so a failed run never leaves half a file,
/// and a target another program holds open (Excel locks what it shows) is one clear error.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        string partial = path + ".partial";
        try
        {
            if (File.Exists(path))
            {
                // Fails while another program holds the file (a rename alone would not notice on Linux).
                await using FileStream probe = new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }

            await using (FileStream file = new(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                await write(file).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new IOException($"Cannot write {path}: {e.Message}", e);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
