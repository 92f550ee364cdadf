using System.Text.Json.Serialization;

namespace Sdkgen.Benchmarks.HandWritten;

/// <summary>System.Text.Json source generation over the hand-written records, configured to match the wire format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmitBatchCallRequest))]
[JsonSerializable(typeof(BatchCallsPage))]
public sealed partial class StjContext : JsonSerializerContext;
