using System;
using System.Threading;
using BatchCalling.Cli;

// Only console wiring lives here; everything else is CliApp so tests can run it in-process.
using CancellationTokenSource interrupt = new();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C: cancel cooperatively (stop watching, keep the job). A second one kills the process.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return await new CliApp(Console.Out, Console.Error, CliSettings.FromEnvironment()).RunAsync(args, interrupt.Token);
