using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>One tiny spec per feature; each snapshots only the files that feature shapes.</summary>
public sealed class FeatureSnapshotTests
{
    [Fact]
    public void Enum_styles_plain_fern_items_x_fern_enum_and_a_value_named_unknown()
    {
        var output = Generated.Clean(Generated.Spec("""
                PlainColor:
                  type: string
                  description: A plain string enum.
                  enum: [red, dark-green, BLUE_ish]
                FernModel:
                  type: string
                  enum:
                    - value: gpt-4.1
                      description: The 4.1 model.
                    - value: claude-sonnet-4@20250514
                NamedStatus:
                  type: string
                  enum: [in_progress, done, old]
                  x-fern-enum:
                    in_progress:
                      name: Running
                      description: Still going.
                    old:
                      description: Do not use.
                      deprecated: true
                Source:
                  type: string
                  enum:
                    - value: unknown
                    - value: android_sdk
            """));

        Assert.Equal(["Red", "DarkGreen", "BLUEIsh"], MemberNames(output, "PlainColor"));
        Assert.Equal(["Gpt4_1", "ClaudeSonnet4_20250514"], MemberNames(output, "FernModel"));
        Assert.Equal(["Running", "Done", "Old"], MemberNames(output, "NamedStatus"));

        // Extensible enums need no catch-all member, so a wire value "unknown" is just a member like any other.
        Assert.Equal(["Unknown", "AndroidSdk"], MemberNames(output, "Source"));

        Assert.True(Generated.Type(output, "NamedStatus").GetMembers("Old").Single().GetAttributes()
            .Any(attribute => attribute.AttributeClass?.Name == "ObsoleteAttribute"));

        Snapshot.Verify("EnumStyles", Generated.Files(output, "PlainColor", "FernModel", "NamedStatus", "Source"));
    }

    [Fact]
    public void Every_null_spelling_gives_the_same_nullable_property_type()
    {
        var output = Generated.Clean(Generated.Spec("""
                Thing:
                  type: object
                  properties:
                    id: { type: string }
                Code:
                  type: string
                Nulls:
                  type: object
                  required: [s30, s31, sOneOf, sAnyOf, i30, i31, iOneOf, iAnyOf, r30, r31, rOneOf, rAnyOf]
                  properties:
                    s30: { type: string, nullable: true }
                    s31: { type: [string, 'null'] }
                    sOneOf: { oneOf: [ { $ref: '#/components/schemas/Code' }, { type: 'null' } ] }
                    sAnyOf: { anyOf: [ { $ref: '#/components/schemas/Code' }, { type: 'null' } ] }
                    i30: { type: integer, nullable: true }
                    i31: { type: [integer, 'null'] }
                    iOneOf: { oneOf: [ { type: integer }, { type: 'null' } ] }
                    iAnyOf: { anyOf: [ { type: integer }, { type: 'null' } ] }
                    r30: { allOf: [ { $ref: '#/components/schemas/Thing' } ], nullable: true }
                    r31: { $ref: '#/components/schemas/Thing', type: [object, 'null'] }
                    rOneOf: { oneOf: [ { $ref: '#/components/schemas/Thing' }, { type: 'null' } ] }
                    rAnyOf: { anyOf: [ { $ref: '#/components/schemas/Thing' }, { type: 'null' } ] }
            """));

        foreach (var (prefix, expected) in new[] { ("S", "string?"), ("I", "long?"), ("R", "Test.Thing?") })
        {
            foreach (var spelling in new[] { "30", "31", "OneOf", "AnyOf" })
            {
                Assert.Equal(expected, Generated.TypeOf(output, "Nulls", prefix + spelling));
            }
        }

        Snapshot.Verify("NullSpellings", Generated.Files(output, "Nulls"));
    }

    [Fact]
    public void AllOf_merges_every_part_into_one_record_with_the_union_of_required()
    {
        var output = Generated.Clean(Generated.Spec("""
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: { type: string }
                    note: { type: string }
                Merged:
                  description: Base plus its own members.
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      properties:
                        count: { type: integer }
                    - required: [count, note]
                Extended:
                  allOf: [ { $ref: '#/components/schemas/Base' } ]
                  properties:
                    flag: { type: boolean }
            """));

        Assert.Equal("string", Generated.TypeOf(output, "Merged", "Id"));
        Assert.Equal("string", Generated.TypeOf(output, "Merged", "Note"));
        Assert.Equal("long", Generated.TypeOf(output, "Merged", "Count"));
        Assert.True(Generated.Property(output, "Merged", "Count").IsRequired);
        Assert.Equal("string", Generated.TypeOf(output, "Extended", "Id"));
        Assert.Equal("bool?", Generated.TypeOf(output, "Extended", "Flag"));

        Snapshot.Verify("AllOf", Generated.Files(output, "Merged", "Extended"));
    }

    [Fact]
    public void A_base_with_a_discriminator_that_others_extend_is_a_union_of_them()
    {
        var output = Generated.Clean(Generated.Spec("""
                Pet:
                  type: object
                  required: [petType]
                  discriminator:
                    propertyName: petType
                    mapping:
                      dog: '#/components/schemas/Dog'
                  properties:
                    petType: { type: string }
                Dog:
                  allOf:
                    - $ref: '#/components/schemas/Pet'
                    - properties:
                        bark: { type: boolean }
                Cat:
                  allOf: [ { $ref: '#/components/schemas/Pet' } ]
                  x-ms-discriminator-value: kitty
                  properties:
                    lives: { type: integer }
                Owner:
                  type: object
                  properties:
                    pet: { $ref: '#/components/schemas/Pet' }
            """));

        Assert.Equal("Test.Pet?", Generated.TypeOf(output, "Owner", "Pet"));
        Assert.Equal("Test.Dog?", Generated.TypeOf(output, "Pet", "AsDog"));
        Assert.Equal("Test.Cat?", Generated.TypeOf(output, "Pet", "AsCat"));
        Assert.Equal("string", Generated.TypeOf(output, "Cat", "PetType"));

        Snapshot.Verify("Inheritance", Generated.Files(output, "Pet"));
    }

    [Fact]
    public void Primitive_oneOf_becomes_a_union_struct()
    {
        var output = Generated.Clean(Generated.Spec("""
                Scalar:
                  description: Any JSON scalar.
                  oneOf:
                    - type: string
                    - type: number
                      format: double
                    - type: integer
                    - type: boolean
                Holder:
                  type: object
                  properties:
                    value: { $ref: '#/components/schemas/Scalar' }
                    either: { type: [string, integer] }
            """));

        var scalar = Generated.Type(output, "Scalar");
        Assert.True(scalar.IsValueType);
        Assert.Equal("Test.Scalar?", Generated.TypeOf(output, "Holder", "Value"));
        Assert.True(Generated.Property(output, "Holder", "Either").Type.IsValueType);

        Snapshot.Verify("PrimitiveUnion", Generated.Files(output, "Scalar"));
    }

    [Fact]
    public void AdditionalProperties_is_a_dictionary_and_free_form_objects_are_JsonElement()
    {
        var output = Generated.Clean(Generated.Spec("""
                Empty:
                  type: object
                  properties: {}
                Bag:
                  type: object
                  required: [counts]
                  properties:
                    counts:
                      type: object
                      additionalProperties: { type: integer }
                    things:
                      type: object
                      additionalProperties: { $ref: '#/components/schemas/Item' }
                    anything:
                      type: object
                      additionalProperties: true
                    empty: { $ref: '#/components/schemas/Empty' }
                Item:
                  type: object
                  properties:
                    name: { type: string }
            """));

        Assert.Equal("System.Collections.Generic.Dictionary<string, long>", Generated.TypeOf(output, "Bag", "Counts"));
        Assert.Equal("System.Collections.Generic.Dictionary<string, Test.Item>?", Generated.TypeOf(output, "Bag", "Things"));
        Assert.Equal("System.Text.Json.JsonElement?", Generated.TypeOf(output, "Bag", "Anything"));
        Assert.Equal("System.Text.Json.JsonElement?", Generated.TypeOf(output, "Bag", "Empty"));
        Assert.DoesNotContain("Test.Empty.g.cs", output.Sources.Keys);

        Snapshot.Verify("Dictionaries", Generated.Files(output, "Bag"));
    }

    [Fact]
    public void Spec_names_become_valid_readable_identifiers()
    {
        var output = Generated.Clean(Generated.Spec("""
                Foo-Input:
                  type: object
                  properties:
                    class: { type: string }
                    2fa: { type: boolean }
                    gpt-4.1: { type: string }
                    model: { $ref: '#/components/schemas/Model' }
                Body_Submit_a_batch_call_request__v1_x_post:
                  type: object
                  properties:
                    foo: { $ref: '#/components/schemas/Foo-Input' }
                Model:
                  type: string
                  enum: [gpt-4.1, gpt-4.1-mini, 2fa, class]
            """));

        Assert.Equal("Test.FooInput?", Generated.TypeOf(output, "BodySubmitABatchCallRequestV1XPost", "Foo"));
        Assert.Equal("string?", Generated.TypeOf(output, "FooInput", "Class"));
        Assert.Equal("bool?", Generated.TypeOf(output, "FooInput", "_2fa"));
        Assert.Equal("string?", Generated.TypeOf(output, "FooInput", "Gpt4_1"));
        Assert.Equal(["Gpt4_1", "Gpt4_1Mini", "_2fa", "Class"], MemberNames(output, "Model"));

        Snapshot.Verify("NameSanitising", Generated.Files(output, "FooInput", "BodySubmitABatchCallRequestV1XPost", "Model"));
    }

    [Fact]
    public void Required_optional_and_required_nullable_members()
    {
        var output = Generated.Clean(Generated.Spec("""
                Person:
                  type: object
                  required: [name, nickname, age]
                  properties:
                    name: { type: string }
                    nickname: { type: [string, 'null'] }
                    age: { type: integer, format: int32 }
                    email: { type: string }
                    score: { type: number }
            """));

        AssertMember(output, "Name", "string", required: true);
        AssertMember(output, "Nickname", "string?", required: true);
        AssertMember(output, "Age", "int", required: true);
        AssertMember(output, "Email", "string?", required: false);
        AssertMember(output, "Score", "double?", required: false);

        Snapshot.Verify("RequiredOptional", Generated.Files(output, "Person"));

        static void AssertMember(GeneratorOutput output, string name, string type, bool required)
        {
            var property = Generated.Property(output, "Person", name);
            Assert.Equal(type, Generated.TypeOf(output, "Person", name));
            Assert.Equal(required, property.IsRequired);
        }
    }

    [Fact]
    public void Descriptions_cannot_break_out_of_doc_comments()
    {
        const string Description = "Ends </summary><script>alert(1)</script> & more\nsecond line */ done";
        var output = Generated.Clean(Generated.Spec("""
                Note:
                  type: object
                  description: "Type </summary><script>alert(1)</script> & more\nsecond line */ done"
                  properties:
                    text:
                      type: string
                      description: "Ends </summary><script>alert(1)</script> & more\nsecond line */ done"
                Mood:
                  type: string
                  description: "</summary> & */"
                  enum: [happy]
            """));

        // Clean() compiled with DocumentationMode.Diagnose: malformed XML would be CS1570.
        var xml = Generated.Property(output, "Note", "Text").GetDocumentationCommentXml();
        Assert.False(string.IsNullOrEmpty(xml));
        var summary = XDocument.Parse(xml!).Root!.Element("summary")!.Value;
        Assert.Equal(Description.Replace("\n", " ", System.StringComparison.Ordinal), Normalize(summary));

        var typeSummary = XDocument.Parse(Generated.Type(output, "Note").GetDocumentationCommentXml()!).Root!.Element("summary")!.Value;
        Assert.StartsWith("Type </summary><script>", Normalize(typeSummary), System.StringComparison.Ordinal);
        var moodSummary = XDocument.Parse(Generated.Type(output, "Mood").GetDocumentationCommentXml()!).Root!.Element("summary")!.Value;
        Assert.Equal("</summary> & */", Normalize(moodSummary));

        Snapshot.Verify("DocCommentEscaping", Generated.Files(output, "Note", "Mood"));

        static string Normalize(string text) => string.Join(" ", text.Split((char[])['\n', '\r', ' '], System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Deprecated_schemas_properties_and_enum_members_are_Obsolete()
    {
        var output = Generated.Clean(Generated.Spec("""
                Legacy:
                  type: object
                  deprecated: true
                  properties:
                    id: { type: string }
                Current:
                  type: object
                  properties:
                    old_field: { type: string, deprecated: true }
                    new_field: { type: string }
                    legacy: { $ref: '#/components/schemas/Legacy' }
            """));

        Assert.True(IsObsolete(Generated.Type(output, "Legacy")));
        Assert.True(IsObsolete(Generated.Property(output, "Current", "OldField")));
        Assert.False(IsObsolete(Generated.Property(output, "Current", "NewField")));
        Assert.False(IsObsolete(Generated.Type(output, "Current")));

        Snapshot.Verify("Deprecated", Generated.Files(output, "Legacy", "Current"));

        static bool IsObsolete(ISymbol symbol) => symbol.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute");
    }

    /// <summary>An extensible enum's known values: its static properties of its own type, in declaration order.</summary>
    internal static string[] MemberNames(GeneratorOutput output, string enumName)
    {
        var type = Generated.Type(output, enumName);
        return type.GetMembers().OfType<IPropertySymbol>()
            .Where(property => property.IsStatic && SymbolEqualityComparer.Default.Equals(property.Type, type))
            .Select(property => property.Name).ToArray();
    }
}
