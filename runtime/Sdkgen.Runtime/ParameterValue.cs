using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>
/// A parameter value in the shapes OpenAPI's styles serialize: text (a primitive), a list, or an object of named
/// values, nested to any depth. Null values, null members and empty lists or objects are left out, as RFC 6570
/// treats them as undefined, so a factory returns null when nothing is left to send.
/// </summary>
public sealed class ParameterValue
{
    private ParameterValue(string? text, IReadOnlyList<ParameterValue>? items, IReadOnlyList<KeyValuePair<string, ParameterValue>>? properties)
    {
        Text = text;
        Items = items;
        Properties = properties;
    }

    /// <summary>The text of a primitive, or null for a list or object.</summary>
    internal string? Text { get; }

    /// <summary>The items of a list (never empty), or null.</summary>
    internal IReadOnlyList<ParameterValue>? Items { get; }

    /// <summary>The members of an object (never empty), or null.</summary>
    internal IReadOnlyList<KeyValuePair<string, ParameterValue>>? Properties { get; }

    /// <summary>A primitive, already in its wire text (invariant culture, enums as their wire strings).</summary>
    /// <param name="text">The text, or null for none.</param>
    /// <returns>The value, or null when <paramref name="text"/> is null.</returns>
    public static ParameterValue? FromText(string? text) => text is null ? null : new(text, null, null);

    /// <summary>A list of primitives in their wire text.</summary>
    /// <param name="items">The items; null items are skipped.</param>
    /// <returns>The value, or null when no item is left.</returns>
    public static ParameterValue? FromList(IEnumerable<string?>? items)
    {
        if (items is null)
        {
            return null;
        }

        List<ParameterValue> values = [];
        foreach (string? item in items)
        {
            if (item is not null)
            {
                values.Add(new(item, null, null));
            }
        }

        return List(values);
    }

    /// <summary>An object (such as a dictionary) whose members are primitives in their wire text.</summary>
    /// <param name="properties">The members, in the order to send them; null values are skipped.</param>
    /// <returns>The value, or null when no member is left.</returns>
    public static ParameterValue? FromObject(IEnumerable<KeyValuePair<string, string?>>? properties)
    {
        if (properties is null)
        {
            return null;
        }

        List<KeyValuePair<string, ParameterValue>> members = [];
        foreach (KeyValuePair<string, string?> property in properties)
        {
            if (property.Value is not null)
            {
                members.Add(new(property.Key, new(property.Value, null, null)));
            }
        }

        return Object(members);
    }

    /// <summary>
    /// Any value a generated JSON writer can write: JSON strings become their text, numbers their JSON text,
    /// booleans <c>true</c>/<c>false</c>, arrays lists and objects objects, in the order written.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    /// <returns>The value, or null when it is JSON null or empty.</returns>
    public static ParameterValue? FromJson<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArrayBufferWriter<byte> json = new();
        SdkgenJson.Write(json, value, write);
        Utf8JsonReader reader = new(json.WrittenSpan);
        reader.Read();
        return Read(ref reader);
    }

    /// <summary>Reads the JSON value the reader is on (the same contract as <see cref="JsonReadFunc{T}"/>).</summary>
    internal static ParameterValue? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new(reader.GetString(), null, null);
            case JsonTokenType.Number:
                return new(Encoding.UTF8.GetString(reader.ValueSpan), null, null);
            case JsonTokenType.True:
                return new("true", null, null);
            case JsonTokenType.False:
                return new("false", null, null);
            case JsonTokenType.StartArray:
                List<ParameterValue> items = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (Read(ref reader) is ParameterValue item)
                    {
                        items.Add(item);
                    }
                }

                return List(items);
            case JsonTokenType.StartObject:
                List<KeyValuePair<string, ParameterValue>> members = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    reader.Read();
                    if (Read(ref reader) is ParameterValue member)
                    {
                        members.Add(new(name, member));
                    }
                }

                return Object(members);
            default:
                return null;
        }
    }

    private static ParameterValue? List(List<ParameterValue> items) => items.Count == 0 ? null : new(null, items, null);

    private static ParameterValue? Object(List<KeyValuePair<string, ParameterValue>> members) => members.Count == 0 ? null : new(null, null, members);
}
