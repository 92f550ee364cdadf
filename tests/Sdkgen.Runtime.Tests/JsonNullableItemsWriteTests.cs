using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;
using System.Text.Json;
using Sdkgen.Runtime.Json;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>
/// The <c>OfNullable</c> list and map writers: a null item is JSON null, any other goes through the one value writer,
/// in order, whatever the collection's type (a dictionary is enumerated apart, without boxing its enumerator).
/// </summary>
public sealed class JsonNullableItemsWriteTests
{
    [Fact]
    public void A_list_of_nullable_references_writes_null_for_a_null_item_and_the_rest_through_the_writer()
    {
        var json = Write(w => JsonWrite.ListOfNullable(w, new[] { "a", null, "c" }, static (w, v) => w.WriteStringValue(v.ToUpperInvariant())));

        Assert.Equal("""["A",null,"C"]""", json);
    }

    [Fact]
    public void A_list_of_nullable_values_writes_null_for_a_null_item_and_the_rest_through_the_writer()
    {
        var json = Write(w => JsonWrite.ListOfNullableValues(w, new long?[] { 1, null, 3 }, static (w, v) => w.WriteNumberValue(v * 10)));

        Assert.Equal("[10,null,30]", json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_map_of_nullable_references_keeps_its_order_and_its_nulls(bool dictionary)
    {
        var entries = new Dictionary<string, string?> { ["x"] = "one", ["y"] = null, ["z"] = "three" };
        IReadOnlyDictionary<string, string?> map = dictionary ? entries : new ReadOnlyDictionary<string, string?>(entries);

        var json = Write(w => JsonWrite.MapOfNullable(w, map, static (w, v) => w.WriteStringValue(v + "!")));

        Assert.Equal("""{"x":"one!","y":null,"z":"three!"}""", json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_map_of_nullable_values_keeps_its_order_and_its_nulls(bool dictionary)
    {
        var entries = new Dictionary<string, bool?> { ["p"] = true, ["q"] = null, ["r"] = false };
        IReadOnlyDictionary<string, bool?> map = dictionary ? entries : new ReadOnlyDictionary<string, bool?>(entries);

        var json = Write(w => JsonWrite.MapOfNullableValues(w, map, static (w, v) => w.WriteBooleanValue(!v)));

        Assert.Equal("""{"p":false,"q":null,"r":true}""", json);
    }

    [Fact]
    public void A_null_collection_or_value_writer_is_refused_before_anything_is_written()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        Assert.Throws<ArgumentNullException>(() => JsonWrite.ListOfNullable<string>(writer, null!, static (w, v) => w.WriteStringValue(v)));
        Assert.Throws<ArgumentNullException>(() => JsonWrite.MapOfNullableValues<int>(writer, new Dictionary<string, int?>(), null!));
        writer.Flush();
        Assert.Equal(0, stream.Length);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
