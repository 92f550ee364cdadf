using System;
using System.CommandLine;

namespace BatchCalling.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Talk to this API instead of https://api.elevenlabs.io (needs ELEVENLABS_API_KEY).",
        Recursive = true,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            result.AddError($"--base-url '{text}' is not an http(s) URL.");
            return null;
        },
    };

    public Option<bool> Emulator { get; } = new("--emulator")
    {
        Description = "Run against a local in-process emulator (no key, no real calls; it starts empty and stops with the command).",
        Recursive = true,
    };

    public Option<string> DefaultRegion { get; } = new("--default-region")
    {
        Description = "Region for phone numbers written without +country code (ISO 3166 code, e.g. US, GB, DE).",
        Recursive = true,
        DefaultValueFactory = _ => "US",
    };

    public Option<TimeSpan?> Timeout { get; } = OptionParsers.Seconds("--timeout", "Seconds one request may take before it counts as failed (default 60).", recursive: true);

    public void AddTo(Command root)
    {
        root.Options.Add(BaseUrl);
        root.Options.Add(Emulator);
        root.Options.Add(DefaultRegion);
        root.Options.Add(Timeout);
    }
}
