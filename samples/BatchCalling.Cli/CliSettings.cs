using System;
using System.Net.Http;

namespace BatchCalling.Cli;

/// <summary>Everything the CLI takes from its surroundings, so tests can supply their own.</summary>
internal sealed record CliSettings
{
    /// <summary>The key from ELEVENLABS_API_KEY, or null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Used when no --base-url is given but a key is (the real API).</summary>
    public Uri DefaultBaseAddress { get; init; } = new("https://api.elevenlabs.io/");

    /// <summary>Sends the requests; null makes one per run.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>True when a human watches a terminal: live progress bar and colours.</summary>
    public bool Interactive { get; init; }

    /// <summary>Console width for tables when not interactive.</summary>
    public int Width { get; init; } = 160;

    /// <summary>How often watch polls the job.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Simulated seconds per real second for the in-process emulator (chosen so the bundled campaign takes ~15 s).</summary>
    public double EmulatorTimeScale { get; init; } = 15;

    /// <summary>The bundled example used when the CLI runs without arguments.</summary>
    public string BundledRecipients { get; init; } = System.IO.Path.Combine(AppContext.BaseDirectory, "recipients.csv");

    /// <summary>Where relative paths and default output files go.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The clock for "is --at in the past".</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public static CliSettings FromEnvironment() => new()
    {
        ApiKey = Environment.GetEnvironmentVariable("ELEVENLABS_API_KEY") is { Length: > 0 } key ? key : null,
        Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        Width = Console.IsOutputRedirected ? 160 : Math.Max(80, SafeWindowWidth()),
    };

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (System.IO.IOException)
        {
            return 120;
        }
    }
}
