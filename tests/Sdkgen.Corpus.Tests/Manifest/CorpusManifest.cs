using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sdkgen.Corpus.Tests.Manifest;

/// <summary>Reads <c>corpus.json</c> (beside this project's sources) and, in update mode, rewrites a spec's expected figures.</summary>
internal static class CorpusManifest
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectRequiredConstructorParameters = true,
        // Licence names and titles stay readable (no \u0027 for an apostrophe).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<IReadOnlyList<CorpusSpec>> Loaded = new(Load);
    private static readonly object WriteLock = new();

    public static string FilePath => Path.Combine(ProjectDirectory(), "corpus.json");

    /// <summary>Set <c>SDKGEN_UPDATE_CORPUS=1</c> to write today's figures into <c>corpus.json</c> instead of failing the ratchet.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("SDKGEN_UPDATE_CORPUS") == "1";

    public static IReadOnlyList<CorpusSpec> Specs => Loaded.Value;

    public static CorpusSpec Get(string id)
        => Specs.SingleOrDefault(spec => spec.Id == id) ?? throw new ArgumentException($"No spec '{id}' in {FilePath}.", nameof(id));

    /// <summary>Replaces the (flat) <c>expected</c> object of one spec as text, leaving every other byte of the file as it is.</summary>
    public static void WriteExpected(string id, ExpectedFigures figures, string? path = null)
    {
        path ??= FilePath;
        lock (WriteLock)
        {
            var text = File.ReadAllText(path);
            var entry = text.IndexOf($"\"id\": \"{id}\"", StringComparison.Ordinal);
            var start = entry < 0 ? -1 : text.IndexOf("\"expected\": {", entry, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidDataException($"{path} has no expected figures for '{id}'.");
            }

            var end = text.IndexOf('}', start) + 1;

            var indent = new string(' ', start - text.LastIndexOf('\n', start) - 1);
            var json = JsonSerializer.Serialize(figures, Options).ReplaceLineEndings("\n").Replace("\n", "\n" + indent, StringComparison.Ordinal);
            File.WriteAllText(path, string.Concat(text.AsSpan(0, start), "\"expected\": ", json, text.AsSpan(end)));
        }
    }

    private static IReadOnlyList<CorpusSpec> Load()
    {
        var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(FilePath), Options)
            ?? throw new InvalidDataException($"{FilePath} is empty.");
        var duplicates = file.Specs.GroupBy(spec => spec.Id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidDataException($"{FilePath} names these ids twice: {string.Join(", ", duplicates)}.");
        }

        return file.Specs;
    }

    private static string ProjectDirectory([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, ".."));

    private sealed record ManifestFile(IReadOnlyList<CorpusSpec> Specs);
}
