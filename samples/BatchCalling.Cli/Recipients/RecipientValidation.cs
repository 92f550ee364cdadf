using System.Collections.Generic;
using System.Linq;

namespace BatchCalling.Cli.Recipients;

/// <summary>The outcome of reading and validating a file: recipients are only usable when there are no errors.</summary>
internal sealed record RecipientValidation(RecipientTable Table, IReadOnlyList<Recipient> Recipients, IReadOnlyList<FileProblem> Problems)
{
    public string Source => Table.Source;

    public bool IsValid => !Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<FileProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<FileProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
