namespace BatchCalling.Cli;

/// <summary>Process exit codes, so scripts can tell a bad file from an API failure from a failed batch.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The API refused or could not be reached. For submit: nothing was created (the message says so).</summary>
    public const int ApiError = 1;

    /// <summary>Nothing was sent: bad arguments or file, no key and no --emulator, or the confirmation was not given.</summary>
    public const int InvalidInput = 2;

    /// <summary>The batch ended <c>failed</c> (watch, get, submit --watch).</summary>
    public const int BatchFailed = 3;

    /// <summary>The batch ended <c>cancelled</c> (watch, get, submit --watch).</summary>
    public const int BatchCancelled = 4;

    /// <summary>A submit failed in a way that may or may not have created the batch, and looking for it failed too.</summary>
    public const int SubmitOutcomeUnknown = 5;

    /// <summary>Interrupted by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code for a batch that reached <paramref name="status"/> (a wire status, e.g. "failed").</summary>
    public static int ForBatch(string status) => status switch
    {
        "failed" => BatchFailed,
        "cancelled" => BatchCancelled,
        _ => Ok,
    };
}
