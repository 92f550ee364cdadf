using System;
using System.IO;

namespace BatchCalling.Cli.Api;

/// <summary>Which API a command talks to. There is no silent fallback: without a key the user must ask for the emulator.</summary>
internal sealed record ApiTarget(Uri? BaseAddress, string? ApiKey)
{
    /// <summary>The local in-process emulator (started per command, gone when it ends).</summary>
    public static readonly ApiTarget InProcessEmulator = new(null, null);

    public bool IsInProcessEmulator => BaseAddress is null;

    /// <summary>Picks the target from the key and the options, or returns null after saying what is missing (nothing is sent).</summary>
    public static ApiTarget? Resolve(CliSettings settings, Uri? baseUrl, bool emulator, TextWriter error)
    {
        if (emulator)
        {
            if (baseUrl is not null)
            {
                error.WriteLine("--emulator and --base-url exclude each other: the emulator runs in this process (nothing was sent).");
                return null;
            }

            return InProcessEmulator;
        }

        if (settings.ApiKey is null)
        {
            error.WriteLine(baseUrl is null
                ? "No API key: set ELEVENLABS_API_KEY to use the ElevenLabs API, or add --emulator to try this on a local in-process emulator (no real calls). Nothing was sent."
                : $"--base-url {baseUrl} needs an API key: set ELEVENLABS_API_KEY, or use --emulator instead (nothing was sent).");
            return null;
        }

        return new ApiTarget(baseUrl ?? settings.DefaultBaseAddress, settings.ApiKey);
    }
}
