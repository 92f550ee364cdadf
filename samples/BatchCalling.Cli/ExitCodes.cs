namespace BatchCalling.Cli;

/// <summary>Process exit codes; scripts can tell a bad file from an API failure from Ctrl+C.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The API refused or could not be reached.</summary>
    public const int ApiError = 1;

    /// <summary>Bad arguments or a bad recipient file; nothing was sent.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
