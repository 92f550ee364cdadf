using System.Text.Json;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Benchmarks.HandWritten;
using Sdkgen.Benchmarks.HandWritten.Json;
using Sdkgen.Runtime;

namespace Sdkgen.Benchmarks.Json;

// Whole documents are read through the same entry shape for all three: one reader over the bytes, the value, then a
// trailing-content check. Sdkgen and the hand-written code share SdkgenJson.Deserialize for exactly that; STJ has its own.

/// <summary>The three implementations for the submit body.</summary>
internal static class SubmitCodecs
{
    public static readonly JsonCodec<BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost> Sdkgen = new(
        "Sdkgen",
        json => SdkgenJson.Deserialize(json, BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.ReadValue),
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.WriteValue);

    public static readonly JsonCodec<SubmitBatchCallRequest> Stj = new(
        "STJ source gen",
        json => JsonSerializer.Deserialize(json, StjContext.Default.SubmitBatchCallRequest)!,
        (writer, value) => JsonSerializer.Serialize(writer, value, StjContext.Default.SubmitBatchCallRequest));

    public static readonly JsonCodec<SubmitBatchCallRequest> HandWritten = new(
        "Hand-written",
        json => SdkgenJson.Deserialize(json, SubmitReader.ReadRequest),
        SubmitWriter.WriteRequest);
}

/// <summary>The three implementations for a page of jobs.</summary>
internal static class BatchCallsCodecs
{
    public static readonly JsonCodec<WorkspaceBatchCallsResponse> Sdkgen = new(
        "Sdkgen",
        json => SdkgenJson.Deserialize(json, WorkspaceBatchCallsResponseJsonConverter.ReadValue),
        WorkspaceBatchCallsResponseJsonConverter.WriteValue);

    public static readonly JsonCodec<BatchCallsPage> Stj = new(
        "STJ source gen",
        json => JsonSerializer.Deserialize(json, StjContext.Default.BatchCallsPage)!,
        (writer, value) => JsonSerializer.Serialize(writer, value, StjContext.Default.BatchCallsPage));

    public static readonly JsonCodec<BatchCallsPage> HandWritten = new(
        "Hand-written",
        json => SdkgenJson.Deserialize(json, BatchCallsReader.ReadPage),
        BatchCallsWriter.WritePage);
}
