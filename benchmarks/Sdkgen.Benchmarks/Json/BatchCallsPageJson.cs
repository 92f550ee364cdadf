using ElevenLabs;
using Sdkgen.Benchmarks.Data;
using Sdkgen.Benchmarks.HandWritten;

namespace Sdkgen.Benchmarks.Json;

/// <summary>One list page (<c>WorkspaceBatchCallsResponse</c>) of 100 jobs.</summary>
public class BatchCallsPageJson : JsonComparison<WorkspaceBatchCallsResponse, BatchCallsPage>
{
    public const int Jobs = 100;

    internal override JsonCodec<WorkspaceBatchCallsResponse> Sdkgen => BatchCallsCodecs.Sdkgen;

    internal override JsonCodec<BatchCallsPage> Stj => BatchCallsCodecs.Stj;

    internal override JsonCodec<BatchCallsPage> HandWritten => BatchCallsCodecs.HandWritten;

    internal override (WorkspaceBatchCallsResponse Sdkgen, BatchCallsPage Hand) CreateValues()
        => (BatchCallsData.ForSdkgen(Jobs), BatchCallsData.ForHandWritten(Jobs));
}
