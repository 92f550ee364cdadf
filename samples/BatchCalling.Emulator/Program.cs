using System;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator;

// Standalone host: dotnet run --project samples/BatchCalling.Emulator -- --port 5080 --time-scale 100
EmulatorOptions? options = CommandLine.Parse(args, out string? error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

using CancellationTokenSource stop = new();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    await using BatchCallingEmulator emulator = await BatchCallingEmulator.StartAsync(options, stop.Token);

    // The key is never printed; only whether the documented default is in use.
    string key = options.ApiKey == new EmulatorOptions().ApiKey ? "the default (see README)" : "the one given with --api-key";
    Console.WriteLine($"ElevenLabs batch-calling emulator on {emulator.BaseAddress} (time scale {options.TimeScale}, seed {options.Seed}); xi-api-key: {key}. Ctrl+C stops.");
    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(static _ => { }, TaskScheduler.Default);
}
catch (OperationCanceledException)
{
    // Ctrl+C during start-up.
}

return 0;
