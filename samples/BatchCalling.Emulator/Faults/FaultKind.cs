namespace BatchCalling.Emulator.Faults;

/// <summary>What an injected fault does to one request.</summary>
public enum FaultKind
{
    /// <summary>Answered 429 with <c>Retry-After</c> before anything is processed.</summary>
    TooManyRequests,

    /// <summary>Answered 503 with <c>Retry-After</c> before anything is processed.</summary>
    ServiceUnavailable,

    /// <summary>Processed, then the connection is closed without an answer (a submit did create its batch).</summary>
    DroppedConnection,

    /// <summary>Processed, then no answer until the client gives up (a submit did create its batch).</summary>
    Timeout,
}
