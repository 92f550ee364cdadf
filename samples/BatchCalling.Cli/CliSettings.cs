using System;
using System.IO;
using System.Net.Http;

namespace BatchCalling.Cli;

/// <summary>Everything the CLI takes from its surroundings, so tests can supply their own.</summary>
internal sealed record CliSettings
{
    /// <summary>The key from ELEVENLABS_API_KEY, or null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Used when no --base-url is given but a key is (the real API).</summary>
    public Uri DefaultBaseAddress { get; init; } = new("https://api.elevenlabs.io/");

    /// <summary>The innermost handler under the resilience pipeline; null uses the default socket handler.</summary>
    public Func<HttpMessageHandler>? PrimaryHandler { get; init; }

    /// <summary>True when a human watches a terminal: live progress bar and colours.</summary>
    public bool Interactive { get; init; }

    /// <summary>Where the submit confirmation is read from.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when <see cref="Input"/> is a terminal a person can answer on.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Console width for tables when not interactive.</summary>
    public int Width { get; init; } = 160;

    /// <summary>How often watch polls when --poll-interval is not given.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the no-argument demo polls (its batch lasts seconds).</summary>
    public TimeSpan DemoPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take when --timeout is not given.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First pause before retrying a failed GET without Retry-After; it doubles (with jitter) each time.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of one GET (after the first attempt) before the failure is reported.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>How long watch keeps trying through an outage before it gives up.</summary>
    public TimeSpan WatchGiveUpAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Simulated seconds per real second for the in-process emulator (chosen so the bundled campaign takes ~15 s).</summary>
    public double EmulatorTimeScale { get; init; } = 15;

    /// <summary>The bundled example used when the CLI runs without arguments.</summary>
    public string BundledRecipients { get; init; } = Path.Combine(AppContext.BaseDirectory, "recipients.csv");

    /// <summary>Where relative paths and default output files go.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The clock for "is --at in the past" and for the CLI's own waits (submit's Retry-After, watch's polling).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public static CliSettings FromEnvironment() => new()
    {
        ApiKey = Environment.GetEnvironmentVariable("ELEVENLABS_API_KEY") is { Length: > 0 } key ? key : null,
        Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        Input = Console.In,
        InputIsTerminal = !Console.IsInputRedirected,
        Width = Console.IsOutputRedirected ? 160 : Math.Max(80, SafeWindowWidth()),
    };

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
