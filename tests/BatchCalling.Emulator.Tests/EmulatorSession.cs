using System;
using System.Net.Http;
using System.Threading.Tasks;
using ElevenLabs;
using BatchCalling.Emulator;
using BatchCalling.Emulator.Faults;

namespace BatchCalling.Emulator.Tests;

/// <summary>A running emulator on a free port plus the generated client and a raw HttpClient pointed at it.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(BatchCallingEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = emulator.BaseAddress };
        Client = new ElevenLabsClient(Http, new ElevenLabsClientOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });
    }

    public BatchCallingEmulator Emulator { get; }

    /// <summary>No key set: tests add it per request when they need to send something the typed client would not.</summary>
    public HttpClient Http { get; }

    public ElevenLabsClient Client { get; }

    public ConversationalAiBatchCallsClient BatchCalls => Client.ConversationalAi.BatchCalls;

    /// <param name="clock">
    /// The emulator's clock. Tests that assert what happens at a given moment pass a FakeTimeProvider and advance it,
    /// so a slow machine cannot let simulated time run past the moment they look at.
    /// </param>
    public static async Task<EmulatorSession> StartAsync(
        double timeScale = 1000, int seed = 42, double failureRate = 0.05, double noAnswerRate = 0.10, TimeProvider? clock = null, FaultOptions? faults = null) =>
        new(await BatchCallingEmulator.StartAsync(new EmulatorOptions
        {
            TimeScale = timeScale,
            Seed = seed,
            FailureRate = failureRate,
            NoAnswerRate = noAnswerRate,
            TimeProvider = clock ?? TimeProvider.System,
            Faults = faults ?? FaultOptions.None,
        }));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
