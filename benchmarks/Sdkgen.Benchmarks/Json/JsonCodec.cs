using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sdkgen.Benchmarks.Json;

/// <summary>One implementation's way to read a whole JSON document and to write a value to a writer.</summary>
internal sealed class JsonCodec<T>(string name, Func<ReadOnlySpan<byte>, T> read, Action<Utf8JsonWriter, T> write)
{
    /// <summary>The escaping Sdkgen's runtime uses (phone numbers keep their '+'); every implementation writes with it.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name { get; } = name;

    public T Read(ReadOnlySpan<byte> json) => read(json);

    public void Write(Utf8JsonWriter writer, T value) => write(writer, value);

    public byte[] WriteToArray(T value)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
