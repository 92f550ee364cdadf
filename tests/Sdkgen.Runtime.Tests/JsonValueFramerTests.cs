using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>Cutting a byte stream into JSON values, whatever the chunks the network happens to deliver.</summary>
public sealed class JsonValueFramerTests
{
    public static TheoryData<int> ChunkSizes => [1, 2, 3, 7, 64, 100_000];

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task Values_are_cut_at_their_ends_for_any_chunking(int chunkSize)
    {
        string[] values =
        [
            """{"text":"braces } ] and \"quotes\" and \\ and \n","nested":[[1,{"a":[]}],{}],"n":-1.5e+3}""",
            "[]",
            "\"a string with {\"",
            "12345",
            "true",
            "null",
            "{}",
            "-0.25",
        ];
        byte[] stream = Encoding.UTF8.GetBytes("\uFEFF" + string.Join("\n \r\n\u001E\t", values));

        List<string> framed = await FrameAsync(stream, chunkSize);

        Assert.Equal(values, framed);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task A_value_larger_than_the_buffer_is_kept_whole(int chunkSize)
    {
        string big = JsonSerializer.Serialize(new string('x', 100_000));
        string after = """{"after":true}""";

        List<string> framed = await FrameAsync(Encoding.UTF8.GetBytes(big + after), Math.Max(chunkSize, 1000));

        Assert.Equal([big, after], framed);
    }

    [Theory]
    [InlineData("{\"a\":1")]
    [InlineData("[1,2")]
    [InlineData("\"open")]
    [InlineData("{\"a\":1}\nnope")]
    [InlineData("{\"a\":1}}")]
    public async Task Truncated_or_malformed_data_is_a_JsonException(string text)
    {
        await Assert.ThrowsAnyAsync<JsonException>(() => FrameAsync(Encoding.UTF8.GetBytes(text), 1));
    }

    [Fact]
    public async Task Whitespace_only_and_empty_streams_have_no_values()
    {
        Assert.Empty(await FrameAsync([], 1));
        Assert.Empty(await FrameAsync(Encoding.UTF8.GetBytes(" \n\r\n\u001E "), 1));
        Assert.Empty(await FrameAsync([0xEF, 0xBB, 0xBF], 1));
    }

    private static async Task<List<string>> FrameAsync(byte[] data, int chunkSize)
    {
        using JsonValueFramer framer = new(new ChunkedStream(data, chunkSize));
        List<string> values = [];
        while (await framer.ReadAsync(CancellationToken.None) is ReadOnlyMemory<byte> value)
        {
            values.Add(Encoding.UTF8.GetString(value.Span));
        }

        return values;
    }

    /// <summary>Delivers at most <c>chunkSize</c> bytes per read, as a network might.</summary>
    private sealed class ChunkedStream(byte[] data, int chunkSize) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunkSize)], cancellationToken);
    }
}
