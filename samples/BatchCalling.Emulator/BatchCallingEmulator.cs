using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator.Faults;
using BatchCalling.Emulator.Http;
using BatchCalling.Emulator.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BatchCalling.Emulator;

/// <summary>A local, in-memory ElevenLabs batch-calling API on a loopback port.</summary>
public sealed class BatchCallingEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FaultInjector _faults;

    private BatchCallingEmulator(WebApplication app, FaultInjector faults, Uri baseAddress, string apiKey)
    {
        _app = app;
        _faults = faults;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The key every request must send in <c>xi-api-key</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The faults injected from now on (starts as <see cref="EmulatorOptions.Faults"/>).</summary>
    public FaultOptions Faults
    {
        get => _faults.Options;
        set => _faults.Options = value;
    }

    /// <summary>Every fault injected so far, in order.</summary>
    public IReadOnlyList<InjectedFault> InjectedFaults => _faults.Log;

    /// <summary>Starts listening; returns once the port is bound.</summary>
    /// <param name="options">Port, key, time scale and failure simulation.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<BatchCallingEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        Check(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        WebApplication app = builder.Build();

        ApiKeyCheck keyCheck = new(options.ApiKey);
        app.Use(keyCheck.InvokeAsync);
        FaultInjector faults = new(options.Faults, options.OnFault);
        app.Use(faults.InvokeAsync);
        new BatchCallingApi(new BatchStore(), SimulationSettings.From(options), options.TimeProvider).Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // With port 0 only the server knows which port it got.
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BatchCallingEmulator(app, faults, new Uri(address.TrimEnd('/') + "/"), options.ApiKey);
    }

    /// <summary>Stops listening and drops all state.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void Check(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.ApiKey, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Faults, nameof(options));
        options.Faults.Check();
        if (!(options.TimeScale > 0) || double.IsInfinity(options.TimeScale))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "TimeScale must be a positive, finite number.");
        }

        if (options.FailureRate is < 0 or > 1 || options.NoAnswerRate is < 0 or > 1 || options.FailureRate + options.NoAnswerRate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FailureRate and NoAnswerRate must be in [0, 1] and add up to at most 1.");
        }
    }
}
