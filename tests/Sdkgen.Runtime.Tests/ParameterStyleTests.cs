using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>
/// Every row of the OpenAPI 3.1 "Style Examples" table (color = "blue", ["blue","black","brown"],
/// {"R":100,"G":200,"B":150}), then escaping, JSON-sourced values and the combinations the table leaves undefined.
/// </summary>
public sealed class ParameterStyleTests
{
    private static CancellationToken Ct => CancellationToken.None;

    public static TheoryData<string, ParameterStyle, bool, string> PathRows => new()
    {
        { "undefined", ParameterStyle.Matrix, false, ";color" },
        { "string", ParameterStyle.Matrix, false, ";color=blue" },
        { "array", ParameterStyle.Matrix, false, ";color=blue,black,brown" },
        { "object", ParameterStyle.Matrix, false, ";color=R,100,G,200,B,150" },
        { "undefined", ParameterStyle.Matrix, true, ";color" },
        { "string", ParameterStyle.Matrix, true, ";color=blue" },
        { "array", ParameterStyle.Matrix, true, ";color=blue;color=black;color=brown" },
        { "object", ParameterStyle.Matrix, true, ";R=100;G=200;B=150" },
        { "undefined", ParameterStyle.Label, false, "." },
        { "string", ParameterStyle.Label, false, ".blue" },
        { "array", ParameterStyle.Label, false, ".blue,black,brown" },
        { "object", ParameterStyle.Label, false, ".R,100,G,200,B,150" },
        { "undefined", ParameterStyle.Label, true, "." },
        { "string", ParameterStyle.Label, true, ".blue" },
        { "array", ParameterStyle.Label, true, ".blue.black.brown" },
        { "object", ParameterStyle.Label, true, ".R=100.G=200.B=150" },
        { "undefined", ParameterStyle.Simple, false, "" },
        { "string", ParameterStyle.Simple, false, "blue" },
        { "array", ParameterStyle.Simple, false, "blue,black,brown" },
        { "object", ParameterStyle.Simple, false, "R,100,G,200,B,150" },
        { "undefined", ParameterStyle.Simple, true, "" },
        { "string", ParameterStyle.Simple, true, "blue" },
        { "array", ParameterStyle.Simple, true, "blue,black,brown" },
        { "object", ParameterStyle.Simple, true, "R=100,G=200,B=150" },
    };

    /// <summary>The table's form rows (its undefined column aside: an absent query parameter is left out).</summary>
    public static TheoryData<string, ParameterStyle, bool, string> QueryRows => new()
    {
        { "string", ParameterStyle.Form, false, "color=blue" },
        { "array", ParameterStyle.Form, false, "color=blue,black,brown" },
        { "object", ParameterStyle.Form, false, "color=R,100,G,200,B,150" },
        { "string", ParameterStyle.Form, true, "color=blue" },
        { "array", ParameterStyle.Form, true, "color=blue&color=black&color=brown" },
        { "object", ParameterStyle.Form, true, "R=100&G=200&B=150" },
        { "array", ParameterStyle.SpaceDelimited, false, "color=blue%20black%20brown" },
        { "object", ParameterStyle.SpaceDelimited, false, "color=R%20100%20G%20200%20B%20150" },
        { "array", ParameterStyle.PipeDelimited, false, "color=blue%7Cblack%7Cbrown" },
        { "object", ParameterStyle.PipeDelimited, false, "color=R%7C100%7CG%7C200%7CB%7C150" },
        { "object", ParameterStyle.DeepObject, true, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150" },
    };

    [Theory]
    [MemberData(nameof(PathRows))]
    public void Path_styles_follow_the_table(string shape, ParameterStyle style, bool explode, string expected)
    {
        foreach (ParameterValue? value in Values(shape))
        {
            ApiCall call = new(HttpMethod.Get, "/colors/{color}/x");
            call.SetPathParameter("color", value, style, explode);

            Assert.Equal("/colors/" + expected + "/x", call.Path);
        }
    }

    [Theory]
    [MemberData(nameof(QueryRows))]
    public void Query_styles_follow_the_table(string shape, ParameterStyle style, bool explode, string expected)
    {
        foreach (ParameterValue? value in Values(shape))
        {
            ApiCall call = new(HttpMethod.Get, "/x");
            call.AddQuery("color", value, style, explode);

            Assert.Equal("/x?" + expected, call.RelativeUri);
        }
    }

    [Fact]
    public async Task Styled_path_and_query_go_on_the_wire_unchanged()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Get, "/colors/{color}");
        call.SetPathParameter("color", ParameterValue.FromList(["blue", "black"]), ParameterStyle.Matrix, explode: true);
        call.AddQuery("filter", Rgb(), ParameterStyle.DeepObject, explode: true);
        call.AddQuery("tag", ParameterValue.FromList(["a b", "c|d"]), ParameterStyle.PipeDelimited, explode: false);

        await connection.SendAsync(call, Ct);

        Assert.Equal(
            "/colors/;color=blue;color=black?filter%5BR%5D=100&filter%5BG%5D=200&filter%5BB%5D=150&tag=a%20b%7Cc%7Cd",
            server.SingleRequest.RawTarget);
    }

    [Fact]
    public async Task Header_parameters_use_the_simple_rows_without_percent_encoding()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Get, "/x");
        call.AddHeader("x-string", ParameterValue.FromText("blue"), explode: false);
        call.AddHeader("x-array", Colors(), explode: false);
        call.AddHeader("x-array-exploded", Colors(), explode: true);
        call.AddHeader("x-object", Rgb(), explode: false);
        call.AddHeader("x-object-exploded", Rgb(), explode: true);
        call.AddHeader("x-json", ParameterValue.FromJson(2.5, static (w, v) => w.WriteNumberValue(v)), explode: false);
        call.AddHeader("x-text", ParameterValue.FromText("a b/c"), explode: false);
        call.AddHeader("x-absent", (ParameterValue?)null, explode: false);

        await connection.SendAsync(call, Ct);

        IReadOnlyDictionary<string, string> headers = server.SingleRequest.Headers;
        Assert.Equal("blue", headers["x-string"]);
        Assert.Equal("blue,black,brown", headers["x-array"]);
        Assert.Equal("blue,black,brown", headers["x-array-exploded"]);
        Assert.Equal("R,100,G,200,B,150", headers["x-object"]);
        Assert.Equal("R=100,G=200,B=150", headers["x-object-exploded"]);
        Assert.Equal("2.5", headers["x-json"]);
        Assert.Equal("a b/c", headers["x-text"]);
        Assert.False(headers.ContainsKey("x-absent"));
    }

    [Fact]
    public async Task Cookies_use_form_style_and_share_one_header_separated_by_semicolons()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Get, "/x");
        call.AddCookie("session", "abc+/=");
        call.AddCookie("absent", (string?)null);
        call.AddCookie("color", Colors(), explode: false);
        call.AddCookie("tone", Colors(), explode: true);
        call.AddCookie("rgb", Rgb(), explode: true);
        call.AddCookie("note", "a b;c,\"d\"%é");

        await connection.SendAsync(call, Ct);

        Assert.Equal(
            "session=abc+/=; color=blue,black,brown; tone=blue; tone=black; tone=brown; R=100; G=200; B=150; note=a%20b%3Bc%2C%22d%22%25%C3%A9",
            server.SingleRequest.Headers["Cookie"]);
    }

    [Fact]
    public void Reserved_characters_in_names_values_and_keys_are_percent_encoded()
    {
        ApiCall call = new(HttpMethod.Get, "/items/{id}/{tags}");
        call.SetPathParameter("id", ParameterValue.FromText("a/b c?"), ParameterStyle.Simple, explode: false);
        call.SetPathParameter("tags", ParameterValue.FromList(["x,y", "é"]), ParameterStyle.Label, explode: false);
        call.AddQuery("q&x", ParameterValue.FromList(["1,2", "a=b"]), ParameterStyle.Form, explode: false);
        call.AddQuery("f", ParameterValue.FromObject([new("k[0]", "v&w")]), ParameterStyle.DeepObject, explode: true);

        // A comma inside a value is escaped, so the delimiting commas stay unambiguous.
        Assert.Equal("/items/a%2Fb%20c%3F/.x%2Cy,%C3%A9?q%26x=1%2C2,a%3Db&f%5Bk%5B0%5D%5D=v%26w", call.RelativeUri);
    }

    [Fact]
    public void Json_values_flatten_to_text_numbers_and_booleans_and_drop_nulls()
    {
        ApiCall call = new(HttpMethod.Get, "/x");
        ParameterValue? filter = ParameterValue.FromJson(0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteBoolean("active", true);
            w.WriteNumber("score", 1.5);
            w.WriteNumber("big", 12345678901234L);
            w.WriteNull("gone");
            w.WriteStartArray("none");
            w.WriteEndArray();
            w.WriteString("name", "Zoë \"Z\"");
            w.WriteStartObject("range");
            w.WriteNumber("gte", -3);
            w.WriteEndObject();
            w.WriteEndObject();
        });

        call.AddQuery("filter", filter, ParameterStyle.DeepObject, explode: true);

        Assert.Equal(
            "/x?filter%5Bactive%5D=true&filter%5Bscore%5D=1.5&filter%5Bbig%5D=12345678901234&filter%5Bname%5D=Zo%C3%AB%20%22Z%22&filter%5Brange%5D%5Bgte%5D=-3",
            call.RelativeUri);
    }

    [Fact]
    public void Absent_values_are_left_out_of_query_headers_and_cookies()
    {
        ApiCall call = new(HttpMethod.Get, "/x");
        call.AddQuery("a", ParameterValue.FromList([]), ParameterStyle.Form, explode: true);
        call.AddQuery("b", ParameterValue.FromList([null, null]), ParameterStyle.Form, explode: true);
        call.AddQuery("c", ParameterValue.FromObject(null), ParameterStyle.DeepObject, explode: true);
        call.AddQuery("d", ParameterValue.FromJson<string?>(null, static (w, v) => w.WriteNullValue()), ParameterStyle.Form, explode: true);
        call.AddQuery("e", ParameterValue.FromList(["x", null, "y"]), ParameterStyle.Form, explode: true);

        Assert.Equal("/x?e=x&e=y", call.RelativeUri);
    }

    [Fact]
    public void Undefined_table_combinations_are_sent_as_form()
    {
        ApiCall call = new(HttpMethod.Get, "/x");
        call.AddQuery("s", ParameterValue.FromText("blue"), ParameterStyle.SpaceDelimited, explode: false);
        call.AddQuery("p", Colors(), ParameterStyle.PipeDelimited, explode: true);
        call.AddQuery("d", ParameterValue.FromText("blue"), ParameterStyle.DeepObject, explode: true);

        Assert.Equal("/x?s=blue&p=blue&p=black&p=brown&d=blue", call.RelativeUri);
    }

    [Fact]
    public void Nesting_outside_deepObject_is_rejected_with_the_parameter_name()
    {
        ApiCall call = new(HttpMethod.Get, "/x");
        ParameterValue? nested = ParameterValue.FromJson(0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("tags");
            w.WriteStringValue("a");
            w.WriteEndArray();
            w.WriteEndObject();
        });

        ArgumentException ex = Assert.Throws<ArgumentException>(() => call.AddQuery("filter", nested, ParameterStyle.Form, explode: true));

        Assert.Contains("'filter'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_a_location_does_not_take_are_rejected()
    {
        ApiCall call = new(HttpMethod.Get, "/x/{id}");

        Assert.Throws<ArgumentOutOfRangeException>(() => call.AddQuery("q", Colors(), ParameterStyle.Matrix, explode: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => call.SetPathParameter("id", Colors(), ParameterStyle.Form, explode: false));
    }

    private static ParameterValue? Colors() => ParameterValue.FromList(["blue", "black", "brown"]);

    private static ParameterValue? Rgb() => ParameterValue.FromObject([new("R", "100"), new("G", "200"), new("B", "150")]);

    /// <summary>The table's value of a shape, built both from wire text and from a generated-style JSON writer.</summary>
    private static IEnumerable<ParameterValue?> Values(string shape)
    {
        switch (shape)
        {
            case "undefined":
                yield return null;
                yield return ParameterValue.FromText(null);
                break;
            case "string":
                yield return ParameterValue.FromText("blue");
                yield return ParameterValue.FromJson("blue", static (w, v) => w.WriteStringValue(v));
                break;
            case "array":
                yield return Colors();
                yield return ParameterValue.FromJson<string[]>(["blue", "black", "brown"], WriteStrings);
                break;
            default:
                yield return Rgb();
                yield return ParameterValue.FromJson(new Dictionary<string, int> { ["R"] = 100, ["G"] = 200, ["B"] = 150 }, WriteInts);
                break;
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string[] values)
    {
        writer.WriteStartArray();
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteInts(Utf8JsonWriter writer, Dictionary<string, int> values)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, int> value in values)
        {
            writer.WriteNumber(value.Key, value.Value);
        }

        writer.WriteEndObject();
    }
}
