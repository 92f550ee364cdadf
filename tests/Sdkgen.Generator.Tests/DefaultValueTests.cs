using System.Text.Json;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>An optional member with a spec <c>default</c> is not nullable: it starts at the default and reads it when absent.</summary>
public sealed class DefaultValueTests
{
    [Fact]
    public void Optional_members_with_a_scalar_default_are_non_nullable_and_start_at_it()
    {
        var output = Generated.Clean(Generated.Spec("""
                Page:
                  type: object
                  properties:
                    has_more: { type: boolean, default: false }
                    limit: { type: integer, default: 20 }
                    format: { type: string, default: mp3 }
                    ratio: { type: number, default: 1 }
                    cursor: { type: string }
                    maybe: { type: [integer, 'null'], default: 5 }
                    codec: { type: string, enum: [mp3, wav], default: wav }
                    level: { type: integer, enum: [1, 2], default: 2 }
            """));

        Assert.Equal("bool", Generated.TypeOf(output, "Page", "HasMore"));
        Assert.Equal("long", Generated.TypeOf(output, "Page", "Limit"));
        Assert.Equal("string", Generated.TypeOf(output, "Page", "Format"));
        Assert.Equal("double", Generated.TypeOf(output, "Page", "Ratio"));
        Assert.Equal("string?", Generated.TypeOf(output, "Page", "Cursor"));
        Assert.Equal("long?", Generated.TypeOf(output, "Page", "Maybe")); // null is a value it may hold: no default stands in
        Assert.Equal("Test.PageCodec", Generated.TypeOf(output, "Page", "Codec"));
        Assert.Equal("Test.PageLevel?", Generated.TypeOf(output, "Page", "Level")); // a number enum keeps null for absent
        var record = output.Sources["Test.Page.g.cs"];
        Assert.Contains("public bool HasMore { get; init; }\n", record, System.StringComparison.Ordinal);
        Assert.Contains("public long Limit { get; init; } = 20L;", record, System.StringComparison.Ordinal);
        Assert.Contains("public string Format { get; init; } = \"mp3\";", record, System.StringComparison.Ordinal);
        Assert.Contains("public double Ratio { get; init; } = 1.0;", record, System.StringComparison.Ordinal);
        var converter = output.Sources["Test.Page.g.cs"];
        Assert.Contains("public global::Test.PageCodec Codec { get; init; } = \"wav\";", record, System.StringComparison.Ordinal);
        Assert.Contains("Limit = limit ?? 20L,", converter, System.StringComparison.Ordinal);
        Assert.Contains("Codec = codec ?? \"wav\",", converter, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_required_enum_members_read_their_default_string_or_number()
    {
        var output = Generated.Clean(Generated.Spec("""
                Job:
                  type: object
                  required: [codec, level]
                  properties:
                    codec: { type: string, enum: [mp3, wav], default: wav }
                    level: { type: integer, enum: [1, 2], default: 2 }
            """));
        Generated.Run(output, assembly =>
        {
            var job = assembly.GetType("Test.Job")!;
            Assert.Equal("""{"codec":"wav","level":2}""", JsonSerializer.Serialize(JsonSerializer.Deserialize("{}", job), job));
        });
    }
}
