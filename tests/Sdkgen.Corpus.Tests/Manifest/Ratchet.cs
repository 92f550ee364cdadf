using System.Collections.Generic;
using System.Linq;

namespace Sdkgen.Corpus.Tests.Manifest;

/// <summary>
/// Compares measured figures with the manifest's: worse is a regression, better means the manifest no longer
/// states the truth. Either fails, so corpus.json always says exactly how Sdkgen does on each document.
/// </summary>
internal static class Ratchet
{
    public sealed record Verdict(IReadOnlyList<string> Regressions, IReadOnlyList<string> Improvements, IReadOnlyList<string> FactChanges)
    {
        public bool Holds => Regressions.Count == 0 && Improvements.Count == 0 && FactChanges.Count == 0;
    }

    public static Verdict Compare(ExpectedFigures expected, ExpectedFigures measured)
    {
        var regressions = new List<string>();
        var improvements = new List<string>();
        var facts = new List<string>();

        Exact("operations", expected.Operations, measured.Operations);
        Exact("schemas", expected.Schemas, measured.Schemas);
        AtLeast("operationsGenerated", expected.OperationsGenerated, measured.OperationsGenerated);
        AtMost("generatorErrors", expected.GeneratorErrors, measured.GeneratorErrors);
        AtMost("generatorWarnings", expected.GeneratorWarnings, measured.GeneratorWarnings);
        AtMost("compileErrors", expected.CompileErrors, measured.CompileErrors);
        AtMost("compileWarnings", expected.CompileWarnings, measured.CompileWarnings);
        AtMost("generatorCrashed", expected.GeneratorCrashed ? 1 : 0, measured.GeneratorCrashed ? 1 : 0);
        return new Verdict(regressions, improvements, facts);

        void Exact(string name, int stated, int actual)
        {
            if (stated != actual)
            {
                facts.Add($"{name}: corpus.json states {stated}, the document has {actual}");
            }
        }

        void AtLeast(string name, int stated, int actual) => Judge(name, stated, actual, better: actual > stated, worse: actual < stated);

        void AtMost(string name, int stated, int actual) => Judge(name, stated, actual, better: actual < stated, worse: actual > stated);

        void Judge(string name, int stated, int actual, bool better, bool worse)
        {
            (worse ? regressions : better ? improvements : null)?.Add($"{name}: corpus.json states {stated}, measured {actual}");
        }
    }

    /// <summary>The failure message for a verdict that does not hold.</summary>
    public static string Explain(string id, Verdict verdict)
    {
        var lines = new List<string>();
        if (verdict.Regressions.Count > 0)
        {
            lines.Add($"Spec '{id}' got WORSE than corpus.json states:");
            lines.AddRange(verdict.Regressions.Select(line => "  " + line));
        }

        if (verdict.Improvements.Count > 0)
        {
            lines.Add($"Spec '{id}' got BETTER than corpus.json states; tighten the manifest (run with SDKGEN_UPDATE_CORPUS=1):");
            lines.AddRange(verdict.Improvements.Select(line => "  " + line));
        }

        if (verdict.FactChanges.Count > 0)
        {
            lines.Add($"Spec '{id}': the pinned document's counts differ from corpus.json (the counting changed?):");
            lines.AddRange(verdict.FactChanges.Select(line => "  " + line));
        }

        return string.Join("\n", lines);
    }
}
