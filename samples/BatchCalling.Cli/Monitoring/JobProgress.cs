using System.Linq;
using BatchCalling.Cli.Api;

namespace BatchCalling.Cli.Monitoring;

/// <summary>The counts the progress display shows. Failed is known only when the recipients were fetched.</summary>
internal sealed record JobProgress(string Status, long Total, long Dispatched, long Finished, long? Failed)
{
    public static JobProgress From(BatchView job) => new(
        job.Status,
        job.Total,
        job.Dispatched,
        job.Finished,
        job.Recipients?.Count(r => r.Status == "failed"));

    public override string ToString() =>
        $"{Status}: dispatched {Dispatched}/{Total}, finished {Finished}/{Total}" + (Failed is long failed ? $", failed {failed}" : "");
}
