using System;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Reader helpers shared by the hand-written readers.</summary>
internal static class JsonText
{
    // Called once per property: without the hint the JIT keeps it a call, which cost ~10% on the jobs page.

    /// <summary>The raw UTF-8 text of the current name or string. Escaped text is rare, so only it pays for a copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Current(in Utf8JsonReader reader)
        => reader.ValueIsEscaped || reader.HasValueSequence ? Unescaped(reader) : reader.ValueSpan;

    private static ReadOnlySpan<byte> Unescaped(in Utf8JsonReader reader)
    {
        byte[] text = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return text.AsSpan(0, reader.CopyString(text));
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
