using System.Linq;
using ElevenLabs;
using ElevenLabs.Serialization;

namespace BatchCalling.Cli.Monitoring;

/// <summary>The counts the progress display shows, taken from one poll of the job.</summary>
internal sealed record JobProgress(string Id, BatchCallStatus Status, long Total, long Dispatched, long Finished, long Failed)
{
    public bool IsTerminal => Status is BatchCallStatus.Completed or BatchCallStatus.Failed or BatchCallStatus.Cancelled;

    public string StatusText => Status == BatchCallStatus.Unknown ? "unknown" : BatchCallStatusJsonConverter.ToWire(Status);

    public static JobProgress From(BatchCallDetailedResponse job) => new(
        job.Id,
        job.Status,
        job.TotalCallsScheduled,
        job.TotalCallsDispatched,
        job.TotalCallsFinished,
        job.Recipients.Count(r => r.Status == BatchCallRecipientStatus.Failed));

    public override string ToString() =>
        $"{StatusText}: dispatched {Dispatched}/{Total}, finished {Finished}/{Total}, failed {Failed}";
}
