using System.Text.Json.Serialization;

namespace Sdkgen.Benchmarks.HandWritten;

/// <summary><c>BatchCallStatus</c>; Unknown stands for a value this code does not know, as in the generated enum.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BatchStatus>))]
public enum BatchStatus
{
    Unknown = 0,
    [JsonStringEnumMemberName("pending")]
    Pending,
    [JsonStringEnumMemberName("in_progress")]
    InProgress,
    [JsonStringEnumMemberName("completed")]
    Completed,
    [JsonStringEnumMemberName("failed")]
    Failed,
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}

/// <summary><c>TelephonyProvider</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PhoneProvider>))]
public enum PhoneProvider
{
    Unknown = 0,
    [JsonStringEnumMemberName("twilio")]
    Twilio,
    [JsonStringEnumMemberName("sip_trunk")]
    SipTrunk,
    [JsonStringEnumMemberName("exotel")]
    Exotel,
}
