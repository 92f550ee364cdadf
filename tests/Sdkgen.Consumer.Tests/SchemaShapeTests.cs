using System;
using Schemas;
using Schemas.Serialization;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>The schema constructs of Specs/schemas.yaml, read from and written back to real JSON.</summary>
public sealed class SchemaShapeTests
{
    [Fact]
    public void AllOf_of_several_parts_is_one_record_with_every_member_and_the_union_of_required()
    {
        const string Json = """{"name":"Spec","created":"2024-05-01T10:00:00+00:00","pages":12}""";

        var document = SdkgenJson.Deserialize(Json, DocumentJsonConverter.ReadValue);

        Assert.Equal("Spec", document.Name);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), document.Created);
        Assert.Equal(12, document.Pages);
        Assert.Equal(Json, SdkgenJson.Serialize(document, DocumentJsonConverter.WriteValue));

        // "created" is required only by the fourth part; the merged record requires it.
        var missing = Assert.Throws<System.Text.Json.JsonException>(() => SdkgenJson.Deserialize("""{"name":"Spec","pages":1}""", DocumentJsonConverter.ReadValue));
        Assert.Contains("created", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discriminated_base_reads_as_the_derived_type_the_tag_names_and_writes_it_back()
    {
        const string Json = """{"shapes":[{"kind":"circle","label":"c","radius":1.5},{"kind":"Square","side":2},{"kind":"hexagon","sides":6}]}""";

        var drawing = SdkgenJson.Deserialize(Json, DrawingJsonConverter.ReadValue);

        var circle = Assert.IsType<Circle>(drawing.Shapes[0].Value);
        Assert.Equal(("circle", "c", 1.5), (circle.Kind, circle.Label, circle.Radius));
        var square = Assert.IsType<Square>(drawing.Shapes[1].Value);
        Assert.Equal(2, square.Side);
        Assert.True(drawing.Shapes[2].IsUnknown);
        Assert.Equal(Json, SdkgenJson.Serialize(drawing, DrawingJsonConverter.WriteValue));

        Shape built = new Circle { Kind = "circle", Radius = 3 };
        Assert.Equal("""{"kind":"circle","radius":3}""", SdkgenJson.Serialize(built, ShapeJsonConverter.WriteValue));
    }
}
