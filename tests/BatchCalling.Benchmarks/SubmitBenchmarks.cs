using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ElevenLabs;
using BatchCalling.Emulator;

namespace BatchCalling.Benchmarks;

/// <summary>10,000 recipients: parse+validate alone, and parse+validate+submit to the in-process emulator.</summary>
[MemoryDiagnoser]
public class SubmitBenchmarks
{
    private string _directory = "";
    private string _csv = "";
    private BatchCallingEmulator? _emulator;
    private HttpClient? _http;
    private ConversationalAiBatchCallsClient? _client;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("batchbench-").FullName;
        _csv = Fixture.WriteCsv(_directory);
        _emulator = await BatchCallingEmulator.StartAsync(new EmulatorOptions());
        _http = new HttpClient();
        _client = new ElevenLabsClient(_http, new ElevenLabsClientOptions { ApiKey = _emulator.ApiKey, BaseAddress = _emulator.BaseAddress })
            .ConversationalAi.BatchCalls;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int ParseAndValidate() => Fixture.ParseAndBuild(_csv).Recipients.Count;

    [Benchmark]
    public async Task<string> ParseValidateAndSubmit() => (await _client!.CreateAsync(Fixture.ParseAndBuild(_csv))).Id;
}
