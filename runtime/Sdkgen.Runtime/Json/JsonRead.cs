using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Runtime.Json;

/// <summary>
/// What every generated reader does the same way: walk an object's members, read values that may be null, read lists
/// and maps through an item reader, and say which member is missing. Generated code keeps only what differs per type.
/// </summary>
public static class JsonRead
{
    /// <summary>Checks the reader is on an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read, for the error message.</param>
    /// <exception cref="JsonException">The value is not an object.</exception>
    public static void StartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Moves to the next member of the object being read and leaves the reader on its value; false at the object's end.
    /// </summary>
    /// <param name="reader">The reader, inside an object.</param>
    /// <param name="names">The type's member names.</param>
    /// <param name="next">The member expected next; advanced past each one found.</param>
    /// <param name="index">The member's index in <paramref name="names"/>, or -1 for one the type does not know.</param>
    /// <returns>Whether a member was read.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader, JsonNames names, ref int next, out int index)
    {
        if (!FindNextName(ref reader, names, ref next, out index))
        {
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>
    /// <see cref="NextProperty(ref Utf8JsonReader, JsonNames, ref int, out int)"/> for a type that keeps the members it
    /// does not know: their name comes out too.
    /// </summary>
    /// <param name="reader">The reader, inside an object.</param>
    /// <param name="names">The type's member names.</param>
    /// <param name="next">The member expected next; advanced past each one found.</param>
    /// <param name="index">The member's index in <paramref name="names"/>, or -1 for one the type does not know.</param>
    /// <param name="unknown">The name of a member the type does not know; null for a known one.</param>
    /// <returns>Whether a member was read.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader, JsonNames names, ref int next, out int index, out string? unknown)
    {
        unknown = null;
        if (!FindNextName(ref reader, names, ref next, out index))
        {
            return false;
        }

        if (index < 0)
        {
            unknown = reader.GetString();
        }

        reader.Read();
        return true;
    }

    // Moves onto the next member's name and finds it; false at the object's end.
    private static bool FindNextName(ref Utf8JsonReader reader, JsonNames names, ref int next, out int index)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            index = -1;
            return false;
        }

        index = names.Find(ref reader, next);
        if (index >= 0)
        {
            next = index + 1;
        }

        return true;
    }

    /// <summary>Reads the value of a member the type does not name into its map of extra members.</summary>
    /// <typeparam name="T">The extra members' type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="extras">The map, created on the first extra member.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="value">Reads one value.</param>
    public static void Extra<T>(ref Utf8JsonReader reader, ref Dictionary<string, T>? extras, string name, JsonReadFunc<T> value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        (extras ??= [])[name] = value(ref reader);
    }

    /// <summary>The error for a member the type cannot be built without (absent, or null where null is not allowed).</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="memberName">The member's wire name.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Missing(string typeName, string memberName) =>
        new($"Missing required property '{memberName}' of {typeName} (absent or null).");

    /// <summary>Reads a string; null is an error.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static string String(ref Utf8JsonReader reader) => reader.GetString() ?? throw Unexpected(ref reader, "a string");

    /// <summary>Reads a string, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static string? StringOrNull(ref Utf8JsonReader reader) => reader.GetString();

    /// <summary>Reads an integer.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static long Int64(ref Utf8JsonReader reader) => reader.GetInt64();

    /// <summary>Reads an integer, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static long? Int64OrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static int Int32(ref Utf8JsonReader reader) => reader.GetInt32();

    /// <summary>Reads a 32-bit integer, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static int? Int32OrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();

    /// <summary>Reads a number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static double Double(ref Utf8JsonReader reader) => reader.GetDouble();

    /// <summary>Reads a number, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static double? DoubleOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    /// <summary>Reads a single-precision number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static float Single(ref Utf8JsonReader reader) => reader.GetSingle();

    /// <summary>Reads a single-precision number, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static float? SingleOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetSingle();

    /// <summary>Reads a decimal number.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static decimal Decimal(ref Utf8JsonReader reader) => reader.GetDecimal();

    /// <summary>Reads a decimal number, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static decimal? DecimalOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    /// <summary>Reads a boolean.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.GetBoolean();

    /// <summary>Reads a boolean, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static bool? BooleanOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();

    /// <summary>Reads an ISO 8601 date and time.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader) => reader.GetDateTimeOffset();

    /// <summary>Reads an ISO 8601 date and time, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static DateTimeOffset? DateTimeOffsetOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

    /// <summary>Reads a full date (yyyy-MM-dd).</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
        => System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw Unexpected(ref reader, "a date (yyyy-MM-dd)");

    /// <summary>Reads a full date (yyyy-MM-dd), or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static DateOnly? DateOnlyOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : DateOnly(ref reader);

    /// <summary>Reads base64 text as bytes.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static byte[] Bytes(ref Utf8JsonReader reader) => reader.GetBytesFromBase64();

    /// <summary>Reads base64 text as bytes, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static byte[]? BytesOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetBytesFromBase64();

    /// <summary>Reads a UUID.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static Guid Guid(ref Utf8JsonReader reader) => reader.GetGuid();

    /// <summary>Reads a UUID, or null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static Guid? GuidOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetGuid();

    /// <summary>Reads any JSON value (JSON null included) as an element.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static JsonElement Element(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads any JSON value as an element; JSON null reads as null.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static JsonElement? ElementOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    /// <summary>Reads a value with <paramref name="read"/>, or null for JSON null.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="read">Reads a non-null value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static T? OrNull<T>(ref Utf8JsonReader reader, JsonReadFunc<T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        return reader.TokenType == JsonTokenType.Null ? null : read(ref reader);
    }

    /// <summary>Reads a value with <paramref name="read"/>, or null for JSON null.</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="read">Reads a non-null value.</param>
    /// <returns>The value, or null for JSON null.</returns>
    public static T? ValueOrNull<T>(ref Utf8JsonReader reader, JsonReadFunc<T> read)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(read);
        return reader.TokenType == JsonTokenType.Null ? null : read(ref reader);
    }

    /// <summary>Reads an array; JSON null reads as null.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="item">Reads one item.</param>
    /// <returns>The items, or null for JSON null.</returns>
    /// <exception cref="JsonException">The value is neither an array nor null.</exception>
    public static List<T>? List<T>(ref Utf8JsonReader reader, JsonReadFunc<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        List<T> list = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list;
    }

    /// <summary>Reads an object of values keyed by member name; JSON null reads as null.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="value">Reads one value.</param>
    /// <returns>The map, or null for JSON null.</returns>
    /// <exception cref="JsonException">The value is neither an object nor null.</exception>
    public static Dictionary<string, T>? Map<T>(ref Utf8JsonReader reader, JsonReadFunc<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "an object");
        }

        // Most maps are small: their entries wait on the stack, so the dictionary is made once, at its final size,
        // instead of growing (3, then 7 entries, ...) as a default one does. A longer map spills and grows as usual.
        MapBuffer<T> buffer = default;
        Span<KeyValuePair<string, T>> pending = buffer;
        int count = 0;
        Dictionary<string, T>? map = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string key = reader.GetString()!;
            reader.Read();
            T item = value(ref reader);
            if (map is not null)
            {
                map[key] = item;
            }
            else if (count < pending.Length)
            {
                pending[count++] = new(key, item);
            }
            else
            {
                map = ToDictionary(pending, count * 2);
                map[key] = item;
            }
        }

        return map ?? ToDictionary(pending[..count], count);
    }

    private static Dictionary<string, T> ToDictionary<T>(ReadOnlySpan<KeyValuePair<string, T>> entries, int capacity)
    {
        Dictionary<string, T> map = new(capacity);
        foreach (KeyValuePair<string, T> entry in entries)
        {
            map[entry.Key] = entry.Value; // a repeated key keeps its last value, as JSON readers do
        }

        return map;
    }

    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct MapBuffer<T>
    {
        private KeyValuePair<string, T> _entry;
    }

    /// <summary>The error for a token of the wrong kind.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="expected">What was expected, e.g. <c>"a string"</c>.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {reader.TokenType}.");
}
