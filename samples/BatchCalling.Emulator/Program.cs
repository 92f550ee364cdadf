using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Emulator;
using BatchCalling.Emulator.Faults;

// Standalone host: dotnet run --project samples/BatchCalling.Emulator -- --port 5080 --time-scale 100 --fault-rate 0.2
// System.CommandLine turns Ctrl+C into the cancellation of the token RunAsync gets.
return await EmulatorCommandLine.Create(RunAsync).Parse(args).InvokeAsync();

static async Task<int> RunAsync(EmulatorOptions options, CancellationToken stop)
{
    options = options with { OnFault = fault => Console.WriteLine($"fault: {EmulatorCommandLine.Name(fault.Kind)} on request {fault.Request}, {fault.Method} {fault.Path}") };
    try
    {
        await using BatchCallingEmulator emulator = await BatchCallingEmulator.StartAsync(options, stop);

        // The key is never printed; only whether the documented default is in use.
        string key = options.ApiKey == new EmulatorOptions().ApiKey ? "the default (see README)" : "the one given with --api-key";
        FaultOptions faults = options.Faults;
        string faultText = faults.Rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"; faults on {faults.Rate * 100:0.##}% of requests") : "";
        Console.WriteLine($"ElevenLabs batch-calling emulator on {emulator.BaseAddress} (time scale {options.TimeScale}, seed {options.Seed}{faultText}); xi-api-key: {key}. Ctrl+C stops.");
        await Task.Delay(Timeout.Infinite, stop).ContinueWith(static _ => { }, TaskScheduler.Default);
    }
    catch (OperationCanceledException)
    {
        // Ctrl+C during start-up.
    }

    return 0;
}
