using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>
/// Real specs, mutated at random but reproducibly: whatever the mutation, the generator must not throw, every problem
/// must be a located SDKG diagnostic reported once, no text may break the generated code, and the rest still compiles.
/// A failure names its seed; <c>SDKGEN_FUZZ_CASES=n</c> runs more cases per spec.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Hostile =
    [
        "~", "[]", "{}", "5", "-1e309", "true", "''", "\"*/ } class X { /*\"", "'#/components/schemas/Nope'",
        "'#/components/schemas'", "'#'", "\"\\u202e\\u0000\"", "!!binary AAAA", "&anchor x", "*anchor", "'{id}'",
        "'" + new string('A', 5000) + "'", "[ { $ref: '#/paths' } ]", "{ type: [object, 'null'], properties: 7 }",
    ];

    private static readonly string[] Keys =
    [
        "type", "$ref", "allOf", "oneOf", "anyOf", "enum", "items", "required", "properties", "additionalProperties",
        "format", "nullable", "discriminator", "in", "name", "schema", "content", "responses", "parameters", "security",
    ];

    public static TheoryData<string, int> Cases()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SDKGEN_FUZZ_CASES"), out var n) ? n : 40;
        var data = new TheoryData<string, int>();
        foreach (var spec in new[] { "seed", "petstore-swagger2" })
        {
            for (var seed = 1; seed <= count; seed++)
            {
                data.Add(spec, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mutated_real_spec_never_crashes_and_every_problem_is_a_located_diagnostic(string spec, int seed)
    {
        var text = spec == "seed" ? TestPaths.ReadSeedSpec() : File.ReadAllText(Path.Combine(TestPaths.SpecsDirectory, spec + ".yaml"));
        var mutant = Mutate(text, new Random(seed));

        AssertSurvives(mutant);
    }

    [Fact]
    public void Ten_megabytes_of_nonsense_is_an_error_diagnostic_not_a_crash()
    {
        var random = new Random(42);
        const string alphabet = "abcxyz019 :-[]{},'\"&*!|>#?\t\n\n\n  ";
        var builder = new StringBuilder(10 * 1024 * 1024);
        while (builder.Length < builder.Capacity)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        var output = AssertSurvives(builder.ToString());

        Assert.Contains(output.GeneratorDiagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("SDKG", StringComparison.Ordinal));
    }

    private static GeneratorOutput AssertSurvives(string spec)
    {
        var output = GeneratorHarness.Run(spec);

        Assert.Null(output.RunResult.Results.Single().Exception);
        var foreign = output.GeneratorDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("SDKG", StringComparison.Ordinal));
        Assert.Empty(foreign);

        // Spec problems point into the spec: a user must be able to click through to the line.
        var unlocated = output.GeneratorDiagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path != GeneratorHarness.SpecPath);
        Assert.True(!unlocated.Any(), GeneratorHarness.Describe(unlocated));

        // Once per construct: the same message at the same place is noise.
        var repeated = output.GeneratorDiagnostics.GroupBy(diagnostic => diagnostic.ToString()).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.True(!repeated.Any(), string.Join(Environment.NewLine, repeated));

        // No spec text may escape a comment or a literal: the generated files must parse.
        var broken = output.OutputCompilation.SyntaxTrees
            .SelectMany(tree => tree.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.True(!broken.Any(), GeneratorHarness.Describe(broken));
        Assert.True(output.CompilationDiagnostics.IsEmpty, GeneratorHarness.Describe(output.CompilationDiagnostics));
        return output;
    }

    /// <summary>One to three line-level edits: the kinds of damage hand-edited and half-merged specs show.</summary>
    private static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var edits = random.Next(1, 4);
        for (var edit = 0; edit < edits && lines.Count > 1; edit++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3:
                    lines[at] = ReplaceValue(lines[at], Hostile[random.Next(Hostile.Length)]);
                    break;
                case 4:
                    lines[at] = random.Next(2) == 0 ? "  " + lines[at] : lines[at].TrimStart();
                    break;
                case 5:
                    lines.RemoveRange(at, lines.Count - at);
                    break;
                case 6:
                    lines[at] = ReplaceKey(lines[at], Keys[random.Next(Keys.Length)]);
                    break;
                default:
                    var indent = lines[at].Length - lines[at].TrimStart().Length;
                    lines.Insert(at + 1, new string(' ', indent) + Keys[random.Next(Keys.Length)] + ": " + Hostile[random.Next(Hostile.Length)]);
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + " " + value : line[..(colon + 2)] + value;
    }

    private static string ReplaceKey(string line, string key)
    {
        var trimmed = line.TrimStart(' ', '-');
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? line : line[..(line.Length - trimmed.Length)] + key + trimmed[colon..];
    }
}
