using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using BatchCalling.Benchmarks;
using BenchmarkDotNet.Running;
using ElevenLabs;
using BatchCalling.Emulator;

// --quick: one measured run (after a warm-up) in seconds; anything else goes to BenchmarkDotNet.
if (args is not ["--quick"])
{
    BenchmarkSwitcher.FromAssembly(typeof(SubmitBenchmarks).Assembly).Run(args);
    return 0;
}

string directory = Directory.CreateTempSubdirectory("batchbench-").FullName;
try
{
    string csv = Fixture.WriteCsv(directory);
    await using BatchCallingEmulator emulator = await BatchCallingEmulator.StartAsync(new EmulatorOptions());
    using HttpClient http = new();
    ConversationalAiBatchCallsClient client = new ElevenLabsClient(http, new ElevenLabsClientOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress })
        .ConversationalAi.BatchCalls;

    // Warm-up: JIT, libphonenumber metadata, the HTTP connection.
    await client.CreateAsync(Fixture.ParseAndBuild(csv));

    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    Stopwatch parse = Stopwatch.StartNew();
    BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request = Fixture.ParseAndBuild(csv);
    parse.Stop();
    long allocatedParse = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Stopwatch submit = Stopwatch.StartNew();
    BatchCallResponse job = await client.CreateAsync(request);
    submit.Stop();
    long allocatedTotal = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

    using Process self = Process.GetCurrentProcess();
    self.Refresh();
    CultureInfo c = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(c, $"{Fixture.Recipients} recipients, {Environment.ProcessorCount} cores, {Environment.Version}"));
    Console.WriteLine(string.Create(c, $"parse+validate:        {parse.Elapsed.TotalMilliseconds,8:F1} ms, {allocatedParse / 1048576.0,7:F1} MiB allocated"));
    Console.WriteLine(string.Create(c, $"submit (HTTP+emulator): {submit.Elapsed.TotalMilliseconds,7:F1} ms"));
    Console.WriteLine(string.Create(c, $"total:                 {(parse.Elapsed + submit.Elapsed).TotalMilliseconds,8:F1} ms, {allocatedTotal / 1048576.0,7:F1} MiB allocated (this process, emulator included)"));
    Console.WriteLine(string.Create(c, $"peak working set:      {self.PeakWorkingSet64 / 1048576.0,8:F1} MiB; job {job.Id} {job.TotalCallsScheduled} calls"));
    return 0;
}
finally
{
    Directory.Delete(directory, recursive: true);
}
