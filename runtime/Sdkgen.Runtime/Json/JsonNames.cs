using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Sdkgen.Runtime.Json;

/// <summary>
/// The JSON member names (or enum values) of one generated type: pre-encoded for writing, and a lookup for reading that tries
/// the one expected next first (servers write members in the order the schema declares them), then the names of the same length.
/// </summary>
public sealed class JsonNames
{
    private readonly string[] _names;
    private readonly JsonEncodedText[] _encoded;
    private readonly byte[][] _utf8;
    private readonly Dictionary<int, int[]> _byLength = [];

    /// <summary>Creates the names, in the order the schema declares the members.</summary>
    /// <param name="names">The wire names.</param>
    public JsonNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names;
        _encoded = new JsonEncodedText[names.Length];
        _utf8 = new byte[names.Length][];
        Dictionary<int, List<int>> byLength = [];
        for (int i = 0; i < names.Length; i++)
        {
            _encoded[i] = JsonEncodedText.Encode(names[i]);
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
            if (!byLength.TryGetValue(_utf8[i].Length, out List<int>? indexes))
            {
                byLength[_utf8[i].Length] = indexes = [];
            }

            indexes.Add(i);
        }

        foreach (KeyValuePair<int, List<int>> entry in byLength)
        {
            _byLength[entry.Key] = [.. entry.Value];
        }
    }

    /// <summary>The number of names.</summary>
    public int Count => _utf8.Length;

    /// <summary>The name at <paramref name="index"/>, encoded for <see cref="Utf8JsonWriter.WritePropertyName(JsonEncodedText)"/>.</summary>
    /// <param name="index">The member's position in the schema.</param>
    /// <returns>The encoded name.</returns>
    public JsonEncodedText this[int index] => _encoded[index];

    /// <summary>The wire name at <paramref name="index"/>.</summary>
    /// <param name="index">The member's position in the schema.</param>
    /// <returns>The name.</returns>
    public string NameAt(int index) => _names[index];

    /// <summary>The index of a name, compared exactly (ordinal).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Its index, or -1.</returns>
    public int IndexOf(string? name) => name is null ? -1 : Array.IndexOf(_names, name);

    /// <summary>
    /// The encoded form of <paramref name="value"/> when it is the very string instance one of the names was created from
    /// and needed no escaping. A generated enum's known values hold the same interned constants its names do, so one
    /// reference check per name finds them without reading the text. Otherwise (a larger set, which is not scanned, an
    /// equal string built at run time, or text the default encoder escapes) it answers false and the caller writes the
    /// text through the writer's own encoder, so the bytes written never depend on which way was taken.
    /// </summary>
    /// <param name="value">The string to look for, by reference.</param>
    /// <param name="encoded">Its pre-encoded form, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetEncodedInstance(string value, out JsonEncodedText encoded)
    {
        ArgumentNullException.ThrowIfNull(value);
        string[] names = _names;
        if (names.Length <= MaxScannedInstances)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], value))
                {
                    // Escaping only ever lengthens the text.
                    encoded = _encoded[i];
                    return encoded.Value.Length == value.Length;
                }
            }
        }

        encoded = default;
        return false;
    }

    private const int MaxScannedInstances = 16;

    /// <summary>Finds the property name the reader is on.</summary>
    /// <param name="reader">The reader, on a <see cref="JsonTokenType.PropertyName"/>.</param>
    /// <param name="expected">The index to try first.</param>
    /// <returns>The name's index, or -1 for a member the type does not know.</returns>
    public int Find(ref Utf8JsonReader reader, int expected)
    {
        if ((uint)expected < (uint)_utf8.Length && reader.ValueTextEquals(_utf8[expected]))
        {
            return expected;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return FindByValueText(ref reader);
        }

        ReadOnlySpan<byte> name = reader.ValueSpan;
        if (_byLength.TryGetValue(name.Length, out int[]? candidates))
        {
            foreach (int candidate in candidates)
            {
                if (name.SequenceEqual(_utf8[candidate]))
                {
                    return candidate;
                }
            }
        }

        return -1;
    }

    // Escaped or split names are rare; ValueTextEquals unescapes them correctly.
    private int FindByValueText(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
