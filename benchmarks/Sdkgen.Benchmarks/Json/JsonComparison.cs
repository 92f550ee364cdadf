using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Sdkgen.Benchmarks.Json;

/// <summary>
/// Sdkgen's generated converters vs STJ source generation (the baseline) vs hand-written Utf8JsonReader/Writer code,
/// on the same document. Writes go into one reused buffer, so the allocation column shows only what the writer allocates.
/// Min and Median are shown because the machine is shared: they move less than the mean when other work interferes.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class JsonComparison<TSdkgen, THand>
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Utf8JsonWriter _writer = null!;
    private byte[] _json = [];
    private TSdkgen _sdkgenValue = default!;
    private THand _handValue = default!;

    internal abstract JsonCodec<TSdkgen> Sdkgen { get; }

    internal abstract JsonCodec<THand> Stj { get; }

    internal abstract JsonCodec<THand> HandWritten { get; }

    internal abstract (TSdkgen Sdkgen, THand Hand) CreateValues();

    [GlobalSetup]
    public void Setup()
    {
        (_sdkgenValue, _handValue) = CreateValues();
        _json = Sdkgen.WriteToArray(_sdkgenValue);
        _writer = new Utf8JsonWriter(_buffer, JsonCodec<THand>.WriterOptions);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, Description = "STJ source gen")]
    [BenchmarkCategory("Read")]
    public THand ReadStj() => Stj.Read(_json);

    [Benchmark(Description = "Sdkgen")]
    [BenchmarkCategory("Read")]
    public TSdkgen ReadSdkgen() => Sdkgen.Read(_json);

    [Benchmark(Description = "Hand-written")]
    [BenchmarkCategory("Read")]
    public THand ReadHandWritten() => HandWritten.Read(_json);

    [Benchmark(Baseline = true, Description = "STJ source gen")]
    [BenchmarkCategory("Write")]
    public int WriteStj() => Write(Stj, _handValue);

    [Benchmark(Description = "Sdkgen")]
    [BenchmarkCategory("Write")]
    public int WriteSdkgen() => Write(Sdkgen, _sdkgenValue);

    [Benchmark(Description = "Hand-written")]
    [BenchmarkCategory("Write")]
    public int WriteHandWritten() => Write(HandWritten, _handValue);

    private int Write<T>(JsonCodec<T> codec, T value)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        codec.Write(_writer, value);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
