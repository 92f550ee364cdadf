using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator;
using BatchCalling.Emulator.Faults;

namespace BatchCalling.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}\n--- err ---\n{Err}";
}

/// <summary>A real emulator on loopback plus a way to run the CLI against it in-process, capturing output.</summary>
internal sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(BatchCallingEmulator emulator, TempDir dir)
    {
        Emulator = emulator;
        Dir = dir;
    }

    public BatchCallingEmulator Emulator { get; }

    public TempDir Dir { get; }

    public Uri BaseAddress => Emulator.BaseAddress;

    public string ApiKey => Emulator.ApiKey;

    /// <summary>Request bodies the CLI sent to submit (every attempt that left the CLI), as JSON text.</summary>
    public List<string> SubmitBodies { get; } = [];

    /// <summary>Every request that left the CLI, as "METHOD /path".</summary>
    public List<string> Requests { get; } = [];

    /// <param name="clock">The emulator's clock: a FakeTimeProvider holds every batch still until the test advances it.</param>
    public static async Task<CliHarness> StartAsync(
        double timeScale = 400, double failureRate = 0.2, double noAnswerRate = 0.2, FaultOptions? faults = null, TimeProvider? clock = null)
    {
        BatchCallingEmulator emulator = await BatchCallingEmulator.StartAsync(new EmulatorOptions
        {
            TimeScale = timeScale,
            FailureRate = failureRate,
            NoAnswerRate = noAnswerRate,
            Faults = faults ?? FaultOptions.None,
            TimeProvider = clock ?? TimeProvider.System,
        });
        return new CliHarness(emulator, new TempDir());
    }

    /// <summary>
    /// Settings for a run against this emulator: its key (unless told otherwise), fast polls and retries, no terminal
    /// to ask on, and every request through a handler that records submit bodies.
    /// </summary>
    public CliSettings Settings(string? apiKey = "use-emulator") => new()
    {
        ApiKey = apiKey == "use-emulator" ? ApiKey : apiKey,
        PrimaryHandler = () => new CapturingHandler(SubmitBodies, Requests),
        Interactive = false,
        PollInterval = TimeSpan.FromMilliseconds(50),
        DemoPollInterval = TimeSpan.FromMilliseconds(50),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
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

    /// <summary>Starts a run whose output the test can watch while it goes on (to act on a signal, not after a delay).</summary>
    public static LiveRun Start(CliSettings settings, CancellationToken cancellationToken, params string[] args)
    {
        LiveOutput output = new();
        LiveOutput error = new();
        Task<int> run = Task.Run(() => new CliApp(output.Writer, error.Writer, settings).RunAsync(args, cancellationToken));
        return new LiveRun(run, output, error);
    }

    /// <summary>The batches the emulator holds, read with faults switched off (the test's look must not be faulted).</summary>
    public async Task<List<ElevenLabs.BatchCallResponse>> BatchesAsync()
    {
        Emulator.Faults = FaultOptions.None;
        using HttpClient http = new();
        ElevenLabs.ElevenLabsClient client = new(http, new ElevenLabs.ElevenLabsClientOptions { ApiKey = ApiKey, BaseAddress = BaseAddress });
        List<ElevenLabs.BatchCallResponse> all = [];
        await foreach (ElevenLabs.BatchCallResponse batch in client.ConversationalAi.BatchCalls.ListAllAsync())
        {
            all.Add(batch);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Dir.Dispose();
    }

    /// <summary>Records what goes over the wire so tests can assert on the JSON itself.</summary>
    private sealed class CapturingHandler(List<string> bodies, List<string> requests) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requests)
            {
                requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            }

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

/// <summary>A CLI run in progress: its exit code to come, and its output so far.</summary>
internal sealed record LiveRun(Task<int> Exit, LiveOutput Out, LiveOutput Err)
{
    public async Task<CliResult> ResultAsync() => new(await Exit, Out.Text, Err.Text);
}

/// <summary>A writer the CLI writes to from its own thread while the test reads it and waits for a line.</summary>
internal sealed class LiveOutput
{
    // Bounds a wait for output that never comes, so a broken CLI fails the test instead of hanging it.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly StringWriter _text = new();

    public LiveOutput() => Writer = TextWriter.Synchronized(_text);

    public TextWriter Writer { get; }

    public string Text
    {
        get
        {
            // The synchronized writer locks on itself.
            lock (Writer)
            {
                return _text.ToString();
            }
        }
    }

    public async Task WaitForAsync(string expected, Task<int> run)
    {
        DateTime giveUp = DateTime.UtcNow + Guard;
        while (!Text.Contains(expected, StringComparison.Ordinal))
        {
            if (run.IsCompleted || DateTime.UtcNow > giveUp)
            {
                throw new Xunit.Sdk.XunitException($"Never saw \"{expected}\" (run {(run.IsCompleted ? "ended " + run.Result : "still going")}):\n{Text}");
            }

            await Task.Delay(5);
        }
    }
}
