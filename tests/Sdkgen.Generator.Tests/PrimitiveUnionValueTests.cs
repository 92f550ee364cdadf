using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>A primitive union keeps numbers and booleans in one shared slot: every case still reads, writes and compares as its own type.</summary>
public sealed class PrimitiveUnionValueTests
{
    private const string Schemas = """
            Wide:
              oneOf: [ { type: string }, { type: number }, { type: integer, format: int32 }, { type: boolean } ]
            Narrow:
              oneOf: [ { type: number, format: float }, { type: integer } ]
            Exact:
              oneOf: [ { type: number, format: decimal }, { type: boolean } ]
        """;

    // One generation for every case here: the tests only read it.
    private static readonly Lazy<GeneratorOutput> Output = new(() => Generated.Clean(Generated.Spec(Schemas)));

    [Theory]
    [InlineData("Wide", "\"text\"")]
    [InlineData("Wide", "2.5")]
    [InlineData("Wide", "-7")]
    [InlineData("Wide", "2147483647")]
    [InlineData("Wide", "true")]
    [InlineData("Wide", "false")]
    [InlineData("Narrow", "1.5")]
    [InlineData("Narrow", "-9007199254740993")]
    [InlineData("Exact", "79228162514264337593543950335")]
    [InlineData("Exact", "true")]
    public void Every_case_round_trips_its_exact_value(string union, string json)
    {
        Generated.Run(Output.Value, assembly =>
        {
            var type = assembly.GetType("Test." + union)!;
            var value = JsonSerializer.Deserialize(json, type)!;

            Assert.Equal(json, JsonSerializer.Serialize(value, type));
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
            Assert.Equal(json.Trim('"'), value.ToString());
        });
    }

    [Fact]
    public void Each_case_answers_only_as_its_own_kind()
    {
        Generated.Run(Output.Value, assembly =>
        {
            var wide = assembly.GetType("Test.Wide")!;
            var integer = JsonSerializer.Deserialize("1", wide)!;

            Assert.Equal(1, Get(wide, integer, "AsInteger"));
            Assert.Null(Get(wide, integer, "AsBoolean"));
            Assert.Null(Get(wide, integer, "AsNumber"));
            Assert.Null(Get(wide, integer, "AsString"));
            Assert.Equal(true, Get(wide, JsonSerializer.Deserialize("true", wide)!, "AsBoolean"));
            Assert.Equal(1.0, Get(wide, JsonSerializer.Deserialize("1.0", wide)!, "AsNumber"));
        });
    }

    [Fact]
    public void Cases_compare_by_kind_then_as_their_own_type()
    {
        Generated.Run(Output.Value, assembly =>
        {
            var wide = assembly.GetType("Test.Wide")!;
            object Read(string json) => JsonSerializer.Deserialize(json, wide)!;

            // The same bits, different kinds: integer 1 and boolean true both store 1.
            Assert.NotEqual(Read("1"), Read("true"));
            Assert.NotEqual(Read("0"), Read("false"));
            Assert.NotEqual(Read("1"), Read("1.0"));

            // As doubles, 0.0 equals -0.0 though their bits differ, and equal values hash alike.
            var zero = Read("0.0");
            var negativeZero = Read("-0.0");
            Assert.Equal(zero, negativeZero);
            Assert.Equal(zero.GetHashCode(), negativeZero.GetHashCode());
            Assert.NotEqual(Read("0.5"), Read("0.25"));
        });
    }

    [Fact]
    public void A_union_of_a_string_and_numbers_is_no_larger_than_a_reference_and_a_long()
    {
        Generated.Run(Output.Value, assembly =>
        {
            var wide = assembly.GetType("Test.Wide")!;
            var size = (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(wide).Invoke(null, null)!;

            // One reference, one shared 64-bit slot and a one-byte tag, padded: 24 bytes on 64-bit.
            Assert.Equal(IntPtr.Size + sizeof(long) + IntPtr.Size, size);
        });
    }

    private static object? Get(Type type, object value, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(value);
}
