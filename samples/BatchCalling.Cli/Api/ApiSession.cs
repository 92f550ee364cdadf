using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator;
using ElevenLabs;
using Microsoft.Extensions.DependencyInjection;

namespace BatchCalling.Cli.Api;

/// <summary>
/// The API one command talks to, through the generated client's dependency-injection registration and its
/// standard resilience pipeline. For <see cref="ApiTarget.InProcessEmulator"/> it starts the emulator, which
/// lives as long as the session. Disposing stops both.
/// </summary>
internal sealed class ApiSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly BatchCallingEmulator? _emulator;

    private ApiSession(ServiceProvider services, Uri baseAddress, BatchCallingEmulator? emulator)
    {
        _services = services;
        _emulator = emulator;
        BaseAddress = baseAddress;
        Batches = new BatchApi(services.GetRequiredService<ElevenLabsClient>().ConversationalAi.BatchCalls);
    }

    public BatchApi Batches { get; }

    public Uri BaseAddress { get; }

    public bool IsInProcessEmulator => _emulator is not null;

    public static async Task<ApiSession> OpenAsync(ApiTarget target, CliSettings settings, TimeSpan timeout, TextWriter notices, CancellationToken cancellationToken)
    {
        BatchCallingEmulator? emulator = target.IsInProcessEmulator
            ? await BatchCallingEmulator.StartAsync(new EmulatorOptions { TimeScale = settings.EmulatorTimeScale }, cancellationToken).ConfigureAwait(false)
            : null;
        Uri address = emulator?.BaseAddress ?? target.BaseAddress!;
        string apiKey = emulator?.ApiKey ?? target.ApiKey!;

        ServiceCollection services = new();
        IHttpClientBuilder http = services.AddElevenLabsClient(
            options =>
            {
                options.BaseAddress = address;
                options.ApiKey = apiKey;
            },
            resilience => ResiliencePolicy.Configure(resilience, settings, timeout, notices));
        // The pipeline's timeouts govern; HttpClient's own 100 s would cut a long Retry-After wait short.
        http.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        if (settings.PrimaryHandler is { } primary)
        {
            http.ConfigurePrimaryHttpMessageHandler(primary);
        }

        return new ApiSession(services.BuildServiceProvider(), address, emulator);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
