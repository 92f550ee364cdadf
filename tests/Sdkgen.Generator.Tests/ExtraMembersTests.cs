using System.Collections;
using System.Text.Json;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary><c>additionalProperties</c> beside <c>properties</c>: the members the schema does not name are kept, typed, and written back.</summary>
public sealed class ExtraMembersTests
{
    private const string Schemas = """
            Usage:
              type: object
              required: [total]
              properties:
                total: { type: integer }
                additionalProperties: { type: string }
              additionalProperties: { type: integer }
            Labels:
              type: object
              properties:
                owner: { type: string }
              additionalProperties:
                type: object
                properties:
                  color: { type: string }
            Closed:
              type: object
              properties:
                id: { type: string }
              additionalProperties: false
        """;

    [Fact]
    public void Extra_members_get_a_typed_map_named_apart_from_the_properties()
    {
        var output = Generated.Clean(Generated.Spec(Schemas));

        Assert.Equal("System.Collections.Generic.Dictionary<string, long>?", Generated.TypeOf(output, "Usage", "AdditionalProperties2"));
        Assert.Equal("string?", Generated.TypeOf(output, "Usage", "AdditionalProperties"));
        Assert.Equal("System.Collections.Generic.Dictionary<string, Test.LabelsExtra>?", Generated.TypeOf(output, "Labels", "AdditionalProperties"));
        Assert.Empty(Generated.Type(output, "Closed").GetMembers("AdditionalProperties"));
    }

    [Fact]
    public void Extra_members_round_trip_and_a_type_without_them_reads_null()
    {
        var output = Generated.Clean(Generated.Spec(Schemas));
        Generated.Run(output, assembly =>
        {
            var usage = assembly.GetType("Test.Usage")!;
            var labels = assembly.GetType("Test.Labels")!;

            const string UsageJson = """{"total":7,"additionalProperties":"named","tts":5,"stt":2}""";
            var read = JsonSerializer.Deserialize(UsageJson, usage)!;
            var extras = (IDictionary)usage.GetProperty("AdditionalProperties2")!.GetValue(read)!;
            Assert.Equal(2, extras.Count);
            Assert.Equal(5L, extras["tts"]);
            Assert.Equal(UsageJson, JsonSerializer.Serialize(read, usage));

            const string LabelsJson = """{"owner":"ops","urgent":{"color":"red"}}""";
            Assert.Equal(LabelsJson, JsonSerializer.Serialize(JsonSerializer.Deserialize(LabelsJson, labels), labels));

            var plain = JsonSerializer.Deserialize("""{"owner":"ops"}""", labels)!;
            Assert.Null(labels.GetProperty("AdditionalProperties")!.GetValue(plain));
            Assert.Equal("""{"owner":"ops"}""", JsonSerializer.Serialize(plain, labels));
        });
    }
}
