using System;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>Integer, number, boolean, nullable and mixed enums; member names from x-enum-varnames / x-enumNames.</summary>
public sealed class EnumReadingTests
{
    private const string Schemas = """
            Priority:
              type: integer
              format: int32
              enum: [1, 2, 3]
              x-enum-varnames: [Low, Medium, High]
            Level:
              type: integer
              enum: [-1, 0, 10]
              x-enumNames: [Off]
            Ratio:
              type: number
              enum: [0.5, 1, 2.5e3]
            Flag:
              type: boolean
              enum: [true]
            Zone:
              type: [string, 'null']
              enum: [Etc/GMT+0, Etc/GMT-0, Etc/GMT0, null]
            Holder:
              type: object
              properties:
                priority: { $ref: '#/components/schemas/Priority' }
                zone: { $ref: '#/components/schemas/Zone' }
                flag: { $ref: '#/components/schemas/Flag' }
        """;

    [Fact]
    public void Number_enums_are_extensible_structs_of_their_number_type()
    {
        var output = Generated.Clean(Generated.Spec(Schemas));

        Assert.Equal(["Low", "Medium", "High"], FeatureSnapshotTests.MemberNames(output, "Priority"));
        Assert.Equal("int", Value(output, "Priority"));
        Assert.Equal(["Off", "Value0", "Value10"], FeatureSnapshotTests.MemberNames(output, "Level"));
        Assert.Equal("long", Value(output, "Level"));
        Assert.Equal(["Value0_5", "Value1", "Value2500"], FeatureSnapshotTests.MemberNames(output, "Ratio"));
        Assert.Equal("double", Value(output, "Ratio"));
        Assert.Equal(["EtcGMTPlus0", "EtcGMTMinus0", "EtcGMT0"], FeatureSnapshotTests.MemberNames(output, "Zone"));
        Assert.Equal("Test.Priority?", Generated.TypeOf(output, "Holder", "Priority"));
        Assert.Equal("Test.Zone?", Generated.TypeOf(output, "Holder", "Zone"));
        Assert.Equal("bool?", Generated.TypeOf(output, "Holder", "Flag"));

        Snapshot.Verify("NumberEnums", Generated.Files(output, "Priority", "Ratio"));
    }

    [Fact]
    public void Unknown_numbers_and_strings_round_trip_through_the_generated_converters()
    {
        var output = Generated.Clean(Generated.Spec(Schemas));
        Generated.Run(output, assembly =>
        {
            var priority = assembly.GetType("Test.Priority")!;
            var zone = assembly.GetType("Test.Zone")!;

            var known = JsonSerializer.Deserialize("2", priority)!;
            var unknown = JsonSerializer.Deserialize("7", priority)!;
            Assert.Equal(priority.GetProperty("Medium")!.GetValue(null), known);
            Assert.Equal(true, priority.GetProperty("IsKnown")!.GetValue(known));
            Assert.Equal(false, priority.GetProperty("IsKnown")!.GetValue(unknown));
            Assert.Equal("7", JsonSerializer.Serialize(unknown, priority));
            var written = JsonSerializer.Serialize(JsonSerializer.Deserialize("\"Etc/GMT+14\"", zone), zone);
            Assert.Equal("Etc/GMT+14", JsonDocument.Parse(written).RootElement.GetString());
            Assert.Equal("Etc/GMT-0", zone.GetProperty("EtcGMTMinus0")!.GetValue(null)!.ToString());
        });
    }

    [Fact]
    public void An_enum_mixing_kinds_of_value_is_raw_json_with_one_diagnostic()
    {
        var output = GeneratorHarness.Run(Generated.Spec("""
                Mixed:
                  type: object
                  properties:
                    value:
                      enum: [1, two, true]
            """));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SDKG004", diagnostic.Id);
        Assert.Contains("mixing kinds of value", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(13, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Equal("System.Text.Json.JsonElement?", Generated.TypeOf(output, "Mixed", "Value"));
    }

    [Fact]
    public void Structurally_identical_inline_enums_are_one_type_but_components_keep_theirs()
    {
        var output = Generated.Clean(Generated.Spec("""
                Format:
                  type: string
                  enum: [mp3, wav]
                Convert:
                  type: object
                  properties:
                    output_format: { type: string, enum: [mp3, wav] }
                    fallback_format: { type: string, enum: [mp3, wav] }
                    other_format: { type: string, enum: [mp3, ogg] }
                Stream:
                  type: object
                  properties:
                    output_format: { type: string, enum: [mp3, wav] }
            """));

        Assert.Equal("Test.ConvertOutputFormat?", Generated.TypeOf(output, "Convert", "OutputFormat"));
        Assert.Equal("Test.ConvertOutputFormat?", Generated.TypeOf(output, "Convert", "FallbackFormat"));
        Assert.Equal("Test.ConvertOtherFormat?", Generated.TypeOf(output, "Convert", "OtherFormat"));
        Assert.Equal("Test.ConvertOutputFormat?", Generated.TypeOf(output, "Stream", "OutputFormat"));
        Assert.Equal(["Mp3", "Wav"], FeatureSnapshotTests.MemberNames(output, "Format"));
        Assert.Null(output.OutputCompilation.GetTypeByMetadataName("Test.StreamOutputFormat"));
    }

    private static string Value(GeneratorOutput output, string enumName)
        => Generated.Type(output, enumName).GetMembers("Value").OfType<IPropertySymbol>().Single().Type.ToDisplayString();
}
