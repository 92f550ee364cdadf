using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>Reflection-free JSON entry points built on generated read/write functions.</summary>
public static class SdkgenJson
{
    // API bodies are not HTML: write '+', non-ASCII letters and '<' as themselves, not \uXXXX.
    // Quotes, backslashes and control characters are still escaped, so the JSON stays valid.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes a value to UTF-8 bytes.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] SerializeToUtf8Bytes<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArrayBufferWriter<byte> buffer = new();
        Write(buffer, value, write);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a value's UTF-8 JSON into <paramref name="buffer"/>, with the same options as every body.</summary>
    internal static void Write<T>(IBufferWriter<byte> buffer, T value, Action<Utf8JsonWriter, T> write)
    {
        using Utf8JsonWriter writer = new(buffer, WriterOptions);
        write(writer, value);
    }

    /// <summary>Serializes a value to a JSON string.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, Action<Utf8JsonWriter, T> write) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(value, write));

    /// <summary>Parses exactly one JSON value; anything but whitespace after it is an error.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="utf8">The UTF-8 JSON, optionally starting with a byte order mark.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="JsonException">The input is empty, malformed or has trailing content.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8, JsonReadFunc<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);

        // Utf8JsonReader rejects a BOM, but some servers send one.
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        Utf8JsonReader reader = new(utf8);
        if (!reader.Read())
        {
            throw new JsonException("The JSON input is empty.");
        }

        T value = read(ref reader);

        // A reader that stops early would otherwise silently drop data.
        if (reader.Read())
        {
            throw new JsonException($"Unexpected {reader.TokenType} token after the end of the JSON value.");
        }

        return value;
    }

    /// <summary>Parses exactly one JSON value from a string.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="JsonException">The input is empty, malformed or has trailing content.</exception>
    public static T Deserialize<T>(string json, JsonReadFunc<T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), read);
    }
}
