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

    [Theory]
    [InlineData("""{"account":"acct_1"}""", "String")]
    [InlineData("""{"account":{"id":"acct_1","email":"a@b.c"}}""", "Account")]
    public void An_expandable_field_reads_as_the_id_or_the_object_and_writes_back(string json, string variant)
    {
        var charge = SdkgenJson.Deserialize(json, ChargeJsonConverter.ReadValue);

        Assert.Equal(variant == "String", charge.Account.IsString);
        Assert.Equal(variant == "Account", charge.Account.IsAccount);
        Assert.Equal(json, SdkgenJson.Serialize(charge, ChargeJsonConverter.WriteValue));
    }

    [Fact]
    public void A_union_of_a_list_an_object_and_a_number_picks_by_token_kind()
    {
        const string Json = """[{"account":"a","labels":["bug","ui"]},{"account":"a","labels":{"labels":["x"]}},{"account":"a","labels":7},{"account":"a","labels":true}]""";

        var charges = SdkgenJson.Deserialize(Json, static (ref System.Text.Json.Utf8JsonReader reader) => Sdkgen.Runtime.Json.JsonRead.List(ref reader, ChargeJsonConverter.ReadValue)!);

        Assert.Equal(["bug", "ui"], charges[0].Labels!.AsStringList!);
        Assert.Equal(["x"], charges[1].Labels!.AsChargeLabelsVariant2!.Labels);
        Assert.Equal(7, charges[2].Labels!.AsInteger);
        Assert.True(charges[3].Labels!.IsUnknown);
        Assert.Equal(Json, SdkgenJson.Serialize(charges, static (writer, list) => Sdkgen.Runtime.Json.JsonWrite.List(writer, list, ChargeJsonConverter.WriteValue)));

        ChargeLabels built = ChargeLabels.FromStringList(["a"]);
        Assert.Equal("""["a"]""", SdkgenJson.Serialize(built, ChargeLabelsJsonConverter.WriteValue));
    }

    [Theory]
    [InlineData("""{"number":"4242","expiry":"12/30"}""", true)]
    [InlineData("""{"iban":"DE00","bic":"X"}""", false)]
    public void Objects_without_a_discriminator_are_told_apart_by_their_members(string payment, bool card)
    {
        var json = $$"""{"account":"a","payment":{{payment}}}""";

        var charge = SdkgenJson.Deserialize(json, ChargeJsonConverter.ReadValue);

        Assert.Equal(card, charge.Payment!.IsCard);
        Assert.Equal(!card, charge.Payment.IsBankAccount);
        Assert.Equal(json, SdkgenJson.Serialize(charge, ChargeJsonConverter.WriteValue));
    }

    [Fact]
    public void Formats_readOnly_writeOnly_pointers_and_recursion_round_trip()
    {
        const string Json = """{"day":"2024-02-29","content":"AQID","size":3,"parent":{"day":"2024-01-01","content":"","children":[]}}""";

        var upload = SdkgenJson.Deserialize(Json, UploadJsonConverter.ReadValue);

        Assert.Equal(new DateOnly(2024, 2, 29), upload.Day);
        Assert.Equal(new byte[] { 1, 2, 3 }, upload.Content);
        Assert.Equal(3, upload.Size);
        Assert.Null(upload.Id);
        Assert.Null(upload.Secret);
        Assert.Equal(new DateOnly(2024, 1, 1), upload.Parent!.Day);
        Assert.Empty(upload.Parent.Children!);
        Assert.Equal(Json, SdkgenJson.Serialize(upload, UploadJsonConverter.WriteValue));
    }
}
