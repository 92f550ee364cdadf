using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Sdkgen.Corpus.Tests.Restore;

/// <summary>Runs a registry client (npm, apt-get, dpkg-deb) and fails with its own words when it fails.</summary>
internal static class ExternalCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>Runs the command and returns its standard output as bytes (binary-safe: dpkg-deb writes a tar stream).</summary>
    public static byte[] Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var commandLine = $"{fileName} {string.Join(' ', arguments)}";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CorpusRestoreException($"Could not start '{commandLine}'.");
        }
        catch (Win32Exception exception)
        {
            throw new CorpusRestoreException($"Could not start '{commandLine}': {exception.Message}. The corpus is restored with {fileName}; install it (see tests/Sdkgen.Corpus.Tests/README.md).", exception);
        }

        using (process)
        {
            var output = new MemoryStream();
            var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output);
            var readError = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new CorpusRestoreException($"'{commandLine}' did not finish within {Limit.TotalMinutes} minutes.");
            }

            Task.WaitAll(copyOutput, readError);
            if (process.ExitCode != 0)
            {
                var words = readError.Result.Trim().Length > 0 ? readError.Result.Trim() : System.Text.Encoding.UTF8.GetString(output.ToArray()).Trim();
                throw new CorpusRestoreException($"'{commandLine}' (in {workingDirectory}) failed with exit code {process.ExitCode}:{Environment.NewLine}{words}");
            }

            return output.ToArray();
        }
    }
}
