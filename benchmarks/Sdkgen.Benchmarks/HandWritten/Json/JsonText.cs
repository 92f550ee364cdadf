using System;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Reader helpers shared by the hand-written readers.</summary>
internal static class JsonText
{
    /// <summary>Longer than any property or enum value these readers know, so longer text can only be unknown.</summary>
    public const int ScratchLength = 64;

    /// <summary>The raw UTF-8 text of the current name or string, unescaped only when it has to be; empty when too long to be known.</summary>
    /// <remarks>'in' tells the compiler the reader cannot capture <paramref name="scratch"/> (stack memory).</remarks>
    public static ReadOnlySpan<byte> Current(in Utf8JsonReader reader, Span<byte> scratch)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= scratch.Length ? scratch[..reader.CopyString(scratch)] : default;
    }

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} for {what} but found {reader.TokenType}.");
        }
    }

    public static string RequiredString(ref Utf8JsonReader reader, string what)
        => reader.GetString() ?? throw new JsonException($"{what} must not be null.");

    public static long? OptionalInt64(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    public static bool? OptionalBoolean(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();

    public static JsonException Missing(string what) => new($"Missing required property {what}.");
}
