using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sdkgen.Runtime.Json;

/// <summary>
/// What every generated writer does the same way: write a primitive member, leave out an optional one that is null,
/// write lists and maps item by item. The value writers (String, Int64, ...) also serve lists, maps and unions.
/// </summary>
public static class JsonWrite
{
    /// <summary>Writes a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void String(Utf8JsonWriter writer, string value) => Checked(writer).WriteStringValue(value);

    /// <summary>Writes an integer value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Int64(Utf8JsonWriter writer, long value) => Checked(writer).WriteNumberValue(value);

    /// <summary>Writes a 32-bit integer value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Int32(Utf8JsonWriter writer, int value) => Checked(writer).WriteNumberValue(value);

    /// <summary>Writes a number value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Double(Utf8JsonWriter writer, double value) => Checked(writer).WriteNumberValue(value);

    /// <summary>Writes a single-precision number value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Single(Utf8JsonWriter writer, float value) => Checked(writer).WriteNumberValue(value);

    /// <summary>Writes a decimal number value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Decimal(Utf8JsonWriter writer, decimal value) => Checked(writer).WriteNumberValue(value);

    /// <summary>Writes a boolean value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Boolean(Utf8JsonWriter writer, bool value) => Checked(writer).WriteBooleanValue(value);

    /// <summary>Writes an ISO 8601 date and time value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => Checked(writer).WriteStringValue(value);

    /// <summary>Writes a full date as yyyy-MM-dd.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Checked(writer).WriteStringValue(text[..written]);
    }

    /// <summary>Writes bytes as base64 text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Bytes(Utf8JsonWriter writer, byte[] value) => Checked(writer).WriteBase64StringValue(value);

    /// <summary>Writes a UUID value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Guid(Utf8JsonWriter writer, Guid value) => Checked(writer).WriteStringValue(value);

    /// <summary>Writes any JSON value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Element(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    // One name per member writer, none overloaded: Utf8JsonWriter's WriteString/WriteNumber have some 28 overloads
    // each, and overload resolution over them, for every member of every generated writer, was a measurable part of
    // the user's compile (docs/benchmarks.md, "Where the compile time goes").

    /// <summary>Writes a string member (JSON null when it is null).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void StringMember(Utf8JsonWriter writer, JsonEncodedText name, string? value) => Checked(writer).WriteString(name, value);

    /// <summary>Writes an integer member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void Int64Member(Utf8JsonWriter writer, JsonEncodedText name, long value) => Checked(writer).WriteNumber(name, value);

    /// <summary>Writes a 32-bit integer member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void Int32Member(Utf8JsonWriter writer, JsonEncodedText name, int value) => Checked(writer).WriteNumber(name, value);

    /// <summary>Writes a number member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void DoubleMember(Utf8JsonWriter writer, JsonEncodedText name, double value) => Checked(writer).WriteNumber(name, value);

    /// <summary>Writes a single-precision number member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void SingleMember(Utf8JsonWriter writer, JsonEncodedText name, float value) => Checked(writer).WriteNumber(name, value);

    /// <summary>Writes a decimal member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void DecimalMember(Utf8JsonWriter writer, JsonEncodedText name, decimal value) => Checked(writer).WriteNumber(name, value);

    /// <summary>Writes a boolean member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void BooleanMember(Utf8JsonWriter writer, JsonEncodedText name, bool value) => Checked(writer).WriteBoolean(name, value);

    /// <summary>Writes a date-time member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void DateTimeOffsetMember(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value) => Checked(writer).WriteString(name, value);

    /// <summary>Writes a UUID member.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void GuidMember(Utf8JsonWriter writer, JsonEncodedText name, Guid value) => Checked(writer).WriteString(name, value);

    /// <summary>Writes an optional string member, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            Checked(writer).WriteString(name, value);
        }
    }

    /// <summary>Writes an optional integer member, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void OptionalInt64(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } present)
        {
            Checked(writer).WriteNumber(name, present);
        }
    }

    /// <summary>Writes an optional 32-bit integer member, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void OptionalInt32(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } present)
        {
            Checked(writer).WriteNumber(name, present);
        }
    }

    /// <summary>Writes an optional number member, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void OptionalDouble(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } present)
        {
            Checked(writer).WriteNumber(name, present);
        }
    }

    /// <summary>Writes an optional boolean member, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void OptionalBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } present)
        {
            Checked(writer).WriteBoolean(name, present);
        }
    }

    /// <summary>Writes a value, or JSON null when it is null (a value writer for items that may be null).</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes a non-null value.</param>
    public static void OrNull<T>(Utf8JsonWriter writer, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            Checked(writer).WriteNullValue();
        }
        else
        {
            write(writer, value);
        }
    }

    /// <summary>Writes a value, or JSON null when it is null (a value writer for items that may be null).</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes a non-null value.</param>
    public static void ValueOrNull<T>(Utf8JsonWriter writer, T? value, Action<Utf8JsonWriter, T> write)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(write);
        if (value is { } present)
        {
            write(writer, present);
        }
        else
        {
            Checked(writer).WriteNullValue();
        }
    }

    /// <summary>Writes a string enum's wire value: one of <paramref name="known"/> goes out pre-encoded, any other as its text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="known">The values the enum declares.</param>
    /// <param name="value">The wire value.</param>
    public static void EnumValue(Utf8JsonWriter writer, JsonNames known, string value)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.TryGetEncodedInstance(value, out JsonEncodedText encoded))
        {
            Checked(writer).WriteStringValue(encoded);
        }
        else
        {
            Checked(writer).WriteStringValue(value);
        }
    }

    // NoInlining on the collection writers: inlined into a generated lambda, the loop exhausted the JIT's inlining
    // budget there and the enumerator's MoveNext and the item writer stayed calls per item; on its own the loop gets a
    // budget of its own. Writing the submit body's 5,000 dynamic variables went from 1.35 to about 1.1 times the
    // hand-written writer's time (docs/benchmarks.md).
    /// <summary>Writes an array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="item">Writes one item.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void List<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> item)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(item);
        Checked(writer).WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            item(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an object of values keyed by member name.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The values.</param>
    /// <param name="value">Writes one value.</param>
    public static void Map<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, Action<Utf8JsonWriter, T> value)
    {
        Checked(writer).WriteStartObject();
        Members(writer, map, value);
        writer.WriteEndObject();
    }

    /// <summary>Writes each entry as a member of the object being written (a map's entries, or a record's extra members).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="members">The members.</param>
    /// <param name="value">Writes one value.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Members<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> members, Action<Utf8JsonWriter, T> value)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(value);
        Checked(writer);
        if (members is Dictionary<string, T> dictionary)
        {
            // The common case, enumerated without boxing its enumerator.
            foreach (KeyValuePair<string, T> pair in dictionary)
            {
                writer.WritePropertyName(pair.Key);
                value(writer, pair.Value);
            }
        }
        else
        {
            foreach (KeyValuePair<string, T> pair in members)
            {
                writer.WritePropertyName(pair.Key);
                value(writer, pair.Value);
            }
        }
    }

    private static Utf8JsonWriter Checked(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer;
    }
}
