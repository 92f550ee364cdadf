using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sdkgen.Runtime.Json;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>JsonWrite.EnumValue: a declared value goes out pre-encoded, and the bytes are the same whichever way is taken.</summary>
public sealed class JsonEnumWriteTests
{
    private const string Plus = "gpt+";
    private const string Accented = "français";

    private static readonly JsonNames Known = new("pending", "in_progress", Plus, Accented, "a<b");

    [Fact]
    public void A_declared_constant_is_found_by_reference_and_an_equal_string_built_at_run_time_is_not()
    {
        Assert.True(Known.TryGetEncodedInstance("in_progress", out var encoded));
        Assert.Equal("in_progress", encoded.Value);

        var built = new string("in_progress".ToCharArray());
        Assert.False(Known.TryGetEncodedInstance(built, out _));
    }

    [Fact]
    public void A_declared_value_the_default_encoder_escapes_is_left_to_the_writer()
    {
        Assert.False(Known.TryGetEncodedInstance(Plus, out _));
        Assert.False(Known.TryGetEncodedInstance(Accented, out _));
        Assert.False(Known.TryGetEncodedInstance("a<b", out _));
    }

    [Theory]
    [InlineData("pending")]
    [InlineData(Plus)]
    [InlineData(Accented)]
    [InlineData("a<b")]
    [InlineData("not_declared")]
    public void The_bytes_written_match_the_writers_own_text_under_either_encoder(string value)
    {
        foreach (var encoder in new[] { JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        {
            var copy = new string(value.ToCharArray());

            Assert.Equal(Write(w => w.WriteStringValue(copy), encoder), Write(w => JsonWrite.EnumValue(w, Known, value), encoder));
            Assert.Equal(Write(w => w.WriteStringValue(copy), encoder), Write(w => JsonWrite.EnumValue(w, Known, copy), encoder));
        }
    }

    [Fact]
    public void A_set_too_large_to_scan_writes_every_value_as_text()
    {
        var names = Enumerable.Range(0, 40).Select(i => "v" + i).ToArray();
        var many = new JsonNames(names);

        Assert.False(many.TryGetEncodedInstance(names[0], out _));
        Assert.Equal("\"v0\"", Write(w => JsonWrite.EnumValue(w, many, names[0]), JavaScriptEncoder.Default));
    }

    private static string Write(System.Action<Utf8JsonWriter> write, JavaScriptEncoder encoder)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
