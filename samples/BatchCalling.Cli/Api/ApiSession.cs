using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabs;
using BatchCalling.Emulator;

namespace BatchCalling.Cli.Api;

/// <summary>
/// The API one command talks to: the real one (--base-url or a key), or an emulator started in-process when
/// there is neither. Disposing stops that emulator and any HttpClient made here.
/// </summary>
internal sealed class ApiSession : IAsyncDisposable
{
    private readonly HttpClient? _ownedHttp;
    private readonly BatchCallingEmulator? _emulator;

    private ApiSession(ConversationalAiBatchCallsClient batchCalls, Uri baseAddress, HttpClient? ownedHttp, BatchCallingEmulator? emulator)
    {
        BatchCalls = batchCalls;
        BaseAddress = baseAddress;
        _ownedHttp = ownedHttp;
        _emulator = emulator;
    }

    public ConversationalAiBatchCallsClient BatchCalls { get; }

    public Uri BaseAddress { get; }

    public bool IsInProcessEmulator => _emulator is not null;

    /// <summary>Opens a session, or returns null after telling the user what is missing.</summary>
    public static async Task<ApiSession?> OpenAsync(CliSettings settings, Uri? baseUrl, TextWriter error, CancellationToken cancellationToken)
    {
        BatchCallingEmulator? emulator = null;
        Uri address;
        string apiKey;
        if (baseUrl is not null)
        {
            if (settings.ApiKey is null)
            {
                error.WriteLine($"--base-url {baseUrl} needs an API key: set ELEVENLABS_API_KEY (nothing was sent).");
                return null;
            }

            (address, apiKey) = (baseUrl, settings.ApiKey);
        }
        else if (settings.ApiKey is not null)
        {
            (address, apiKey) = (settings.DefaultBaseAddress, settings.ApiKey);
        }
        else
        {
            // No key, no URL: the demo path. The emulator lives as long as this command.
            emulator = await BatchCallingEmulator.StartAsync(new EmulatorOptions { TimeScale = settings.EmulatorTimeScale }, cancellationToken).ConfigureAwait(false);
            (address, apiKey) = (emulator.BaseAddress, emulator.ApiKey);
        }

        HttpClient? owned = settings.HttpClient is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(100) } : null;
        ElevenLabsClient client = new(settings.HttpClient ?? owned!, new ElevenLabsClientOptions { ApiKey = apiKey, BaseAddress = address });
        return new ApiSession(client.ConversationalAi.BatchCalls, address, owned, emulator);
    }

    public async ValueTask DisposeAsync()
    {
        _ownedHttp?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
