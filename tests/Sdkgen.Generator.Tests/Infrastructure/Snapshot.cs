using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Sdkgen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with checked-in baselines in <c>Snapshots/&lt;test&gt;/&lt;hint&gt;.verified.cs</c> beside the calling source file.
/// Set <c>SDKGEN_UPDATE_SNAPSHOTS=1</c> to rewrite the baselines (stale ones for that test are deleted).
/// </summary>
internal static class Snapshot
{
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";
    private const int Context = 3;

    public static bool Updating => Environment.GetEnvironmentVariable("SDKGEN_UPDATE_SNAPSHOTS") == "1";

    public static void Verify(string testName, IReadOnlyDictionary<string, string> files, [CallerFilePath] string callerFilePath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFilePath)!, "Snapshots", testName);
        var expectedNames = files.Keys.Select(BaselineName).ToHashSet(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            throw new XunitException($"Snapshot '{testName}': there are no generated files to compare.");
        }

        if (Updating)
        {
            Directory.CreateDirectory(directory);
            foreach (var stale in Directory.GetFiles(directory).Where(path => !expectedNames.Contains(Path.GetFileName(path))))
            {
                File.Delete(stale);
            }

            foreach (var (hint, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, BaselineName(hint)), Normalize(text), new UTF8Encoding(false));
            }

            return;
        }

        var failures = new StringBuilder();
        foreach (var (hint, text) in files.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var baseline = Path.Combine(directory, BaselineName(hint));
            var received = Path.ChangeExtension(baseline, null)[..^".verified".Length] + ReceivedSuffix;
            var actual = Normalize(text);
            if (!File.Exists(baseline))
            {
                File.WriteAllText(received, actual, new UTF8Encoding(false));
                failures.AppendLine($"Missing baseline {baseline}.")
                    .AppendLine($"  Review {received}, then create baselines by running the tests with SDKGEN_UPDATE_SNAPSHOTS=1.");
                continue;
            }

            var expected = Normalize(File.ReadAllText(baseline));
            if (expected == actual)
            {
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                continue;
            }

            File.WriteAllText(received, actual, new UTF8Encoding(false));
            failures.AppendLine($"Snapshot mismatch: {baseline}")
                .AppendLine($"  received: {received} (SDKGEN_UPDATE_SNAPSHOTS=1 accepts it)")
                .AppendLine(Diff(expected, actual));
        }

        if (Directory.Exists(directory))
        {
            foreach (var stale in Directory.GetFiles(directory, "*" + VerifiedSuffix).Where(path => !expectedNames.Contains(Path.GetFileName(path))))
            {
                failures.AppendLine($"Baseline {stale} has no generated file any more (SDKGEN_UPDATE_SNAPSHOTS=1 deletes it).");
            }
        }

        if (failures.Length > 0)
        {
            throw new XunitException($"Snapshot '{testName}' differs:{Environment.NewLine}{failures}");
        }
    }

    /// <summary>"ElevenLabs.Foo.g.cs" → "ElevenLabs.Foo.g.verified.cs".</summary>
    public static string BaselineName(string hintName)
        => (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName) + VerifiedSuffix;

    /// <summary>A unified-style diff of the changed lines with a few lines of context (- baseline, + generated).</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    show[j] = true;
                }
            }
        }

        var builder = new StringBuilder();
        var oldLine = 0;
        var newLine = 0;
        var inHunk = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var isOld = line.Type != ChangeType.Inserted;
            var isNew = line.Type != ChangeType.Deleted;
            if (isOld)
            {
                oldLine++;
            }

            if (isNew)
            {
                newLine++;
            }

            if (!show[i])
            {
                inHunk = false;
                continue;
            }

            if (!inHunk)
            {
                builder.AppendLine($"@@ baseline line {oldLine}, generated line {newLine} @@");
                inHunk = true;
            }

            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).AppendLine(line.Text);
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
