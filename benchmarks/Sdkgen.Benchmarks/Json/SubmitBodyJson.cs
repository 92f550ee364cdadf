using ElevenLabs;
using Sdkgen.Benchmarks.Data;
using Sdkgen.Benchmarks.HandWritten;

namespace Sdkgen.Benchmarks.Json;

/// <summary>The batch-calling submit body with 1,000 recipients, five typed dynamic variables each.</summary>
public class SubmitBodyJson : JsonComparison<BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost, SubmitBatchCallRequest>
{
    public const int Recipients = 1_000;

    internal override JsonCodec<BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost> Sdkgen => SubmitCodecs.Sdkgen;

    internal override JsonCodec<SubmitBatchCallRequest> Stj => SubmitCodecs.Stj;

    internal override JsonCodec<SubmitBatchCallRequest> HandWritten => SubmitCodecs.HandWritten;

    internal override (BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost Sdkgen, SubmitBatchCallRequest Hand) CreateValues()
        => (SubmitData.ForSdkgen(Recipients), SubmitData.ForHandWritten(Recipients));
}
