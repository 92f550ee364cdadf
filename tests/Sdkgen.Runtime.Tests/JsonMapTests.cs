using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sdkgen.Runtime.Json;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>JsonRead.Map: small maps wait on the stack and are made at their final size; longer ones spill and grow.</summary>
public sealed class JsonMapTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Every_entry_is_read_in_order_whatever_the_size(int count)
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i}\":{i}")) + "}";

        var map = Read(json)!;

        Assert.Equal(Enumerable.Range(0, count).Select(i => ("k" + i, (long)i)), map.Select(pair => (pair.Key, pair.Value)));
    }

    [Theory]
    [InlineData("""{"a":1,"b":2,"a":3}""")]
    [InlineData("""{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"a":10}""")]
    public void A_repeated_key_keeps_its_last_value_before_and_after_spilling(string json)
    {
        var map = Read(json)!;

        Assert.Equal(json.Contains("\"i\"") ? 10L : 3L, map["a"]);
        Assert.Equal(json.Contains("\"i\"") ? 9 : 2, map.Count);
    }

    [Fact]
    public void An_eight_entry_map_is_made_at_its_final_size_not_grown()
    {
        var map = Read("""{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8}""")!;

        // Grown from empty, a dictionary goes 3 → 7 → 17 slots for 8 entries; made for 8 it has 11.
        Assert.Equal(new Dictionary<string, long>(8).EnsureCapacity(0), map.EnsureCapacity(0));
        Assert.NotEqual(Grown(8).EnsureCapacity(0), map.EnsureCapacity(0));
    }

    private static Dictionary<string, long> Grown(int count)
    {
        Dictionary<string, long> map = [];
        for (int i = 0; i < count; i++)
        {
            map["k" + i] = i;
        }

        return map;
    }

    [Fact]
    public void Null_reads_as_null()
        => Assert.Null(Read("null"));

    private static Dictionary<string, long>? Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return JsonRead.Map(ref reader, JsonRead.Int64);
    }
}
