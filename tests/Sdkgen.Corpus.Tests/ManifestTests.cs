using System;
using System.IO;
using System.Linq;
using Sdkgen.Corpus.Tests.Manifest;
using Xunit;

namespace Sdkgen.Corpus.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void Updating_rewrites_only_the_expected_figures_of_that_spec()
    {
        const string before = """
            {
              "specs": [
                {
                  "id": "a",
                  "snapshot": [],
                  "expected": {
                    "operations": 1,
                    "schemas": 1,
                    "operationsGenerated": 1,
                    "generatorErrors": 1,
                    "generatorWarnings": 1,
                    "compileErrors": 1,
                    "compileWarnings": 1,
                    "generatorCrashed": true
                  }
                },
                {
                  "id": "b",
                  "expected": { "operations": 7 }
                }
              ]
            }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"sdkgen-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, before);
        try
        {
            var figures = new ExpectedFigures
            {
                Operations = 9, Schemas = 8, OperationsGenerated = 7, GeneratorErrors = 0, GeneratorWarnings = 6, CompileErrors = 0, CompileWarnings = 5, GeneratorCrashed = false,
            };

            CorpusManifest.WriteExpected("a", figures, path);

            var after = File.ReadAllText(path);
            var expected = before
                .Replace("\"operations\": 1,", "\"operations\": 9,").Replace("\"schemas\": 1,", "\"schemas\": 8,")
                .Replace("\"operationsGenerated\": 1,", "\"operationsGenerated\": 7,").Replace("\"generatorErrors\": 1,", "\"generatorErrors\": 0,")
                .Replace("\"generatorWarnings\": 1,", "\"generatorWarnings\": 6,").Replace("\"compileErrors\": 1,", "\"compileErrors\": 0,")
                .Replace("\"compileWarnings\": 1,", "\"compileWarnings\": 5,").Replace("\"generatorCrashed\": true", "\"generatorCrashed\": false");
            Assert.Equal(expected, after);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sources_md_names_every_spec_with_its_package_path_and_licence()
    {
        var sources = File.ReadAllText(Path.Combine(Path.GetDirectoryName(CorpusManifest.FilePath)!, "SOURCES.md"));
        var rows = sources.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.Equal(CorpusManifest.Specs.Count, rows.Count);
        foreach (var spec in CorpusManifest.Specs)
        {
            var row = rows.SingleOrDefault(line => line.StartsWith($"| `{spec.Id}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"SOURCES.md has no row for '{spec.Id}'.");
            Assert.Contains($"`{spec.Source.Package}@{spec.Source.Version}`", row);
            Assert.Contains($"`{spec.Source.Path}`", row);
            Assert.Contains(spec.License, row);
        }
    }
}
