using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator;

namespace BatchCalling.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}\n--- err ---\n{Err}";
}

/// <summary>A real emulator on loopback plus a way to run the CLI against it in-process, capturing output.</summary>
internal sealed class CliHarness : IAsyncDisposable
{
    private readonly BatchCallingEmulator _emulator;

    private CliHarness(BatchCallingEmulator emulator, TempDir dir)
    {
        _emulator = emulator;
        Dir = dir;
    }

    public TempDir Dir { get; }

    public Uri BaseAddress => _emulator.BaseAddress;

    public string ApiKey => _emulator.ApiKey;

    /// <summary>Request bodies the CLI sent to submit, as JSON text.</summary>
    public List<string> SubmitBodies { get; } = [];

    public static async Task<CliHarness> StartAsync(double timeScale = 400, double failureRate = 0.2, double noAnswerRate = 0.2)
    {
        BatchCallingEmulator emulator = await BatchCallingEmulator.StartAsync(new EmulatorOptions
        {
            TimeScale = timeScale,
            FailureRate = failureRate,
            NoAnswerRate = noAnswerRate,
        });
        return new CliHarness(emulator, new TempDir());
    }

    public CliSettings Settings(string? apiKey = "use-emulator") => new()
    {
        ApiKey = apiKey == "use-emulator" ? ApiKey : apiKey,
        HttpClient = new HttpClient(new CapturingHandler(SubmitBodies)),
        Interactive = false,
        PollInterval = TimeSpan.FromMilliseconds(50),
        WorkingDirectory = Dir.Path,
        EmulatorTimeScale = 400,
    };

    /// <summary>Runs the CLI against this emulator (--base-url appended).</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunAsync(Settings(), CancellationToken.None, [.. args, "--base-url", BaseAddress.ToString()]);

    public static async Task<CliResult> RunAsync(CliSettings settings, CancellationToken cancellationToken, params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int code = await new CliApp(output, error, settings).RunAsync(args, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Dir.Dispose();
    }

    /// <summary>Records what goes over the wire so tests can assert on the JSON itself.</summary>
    private sealed class CapturingHandler(List<string> bodies) : DelegatingHandler(new HttpClientHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null && request.RequestUri!.AbsolutePath.EndsWith("/submit", StringComparison.Ordinal))
            {
                string body = await request.Content.ReadAsStringAsync(cancellationToken);
                lock (bodies)
                {
                    bodies.Add(body);
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
