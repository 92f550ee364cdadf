using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Sdkgen.Runtime;

namespace Sdkgen.Benchmarks.HandWritten.Json;

/// <summary>Collects items of unknown count in pooled arrays, then hands out one exactly sized array (no list growth garbage).</summary>
internal ref struct ArrayCollector<T>
{
    private T[] _items;
    private int _count;

    /// <summary>Reads a JSON array of non-null items into an exactly sized array.</summary>
    public static T[] ReadArray(ref Utf8JsonReader reader, JsonReadFunc<T> readItem, string what)
    {
        JsonText.Expect(ref reader, JsonTokenType.StartArray, what);
        ArrayCollector<T> items = new(64);
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(readItem(ref reader));
            }

            return items.ToArray();
        }
        finally
        {
            items.Dispose();
        }
    }

    public ArrayCollector(int initialCapacity)
    {
        _items = ArrayPool<T>.Shared.Rent(initialCapacity);
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            Return(_items, _count);
            _items = larger;
        }

        _items[_count++] = item;
    }

    public readonly T[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        Return(_items, _count);
        _items = [];
        _count = 0;
    }

    private static void Return(T[] items, int count)
    {
        // Clear references so the pool does not keep the model alive.
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(items);
    }
}
