using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary><c>application/x-www-form-urlencoded</c> bodies flattened from a generated JSON writer.</summary>
public sealed class FormBodyTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Nested_objects_and_arrays_use_stripe_brackets_and_the_server_decodes_them()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(200, """{"id":"pi_1","count":1}""");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Post, "/v1/payment_intents");
        call.SetFormBody(0, WritePaymentIntent);

        await connection.SendAsync(call, Item.ReadValue, Ct);

        RecordedRequest request = server.SingleRequest;
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal(
            "amount=2000&currency=usd&capture=true&metadata%5Border_id%5D=6735&metadata%5Bnote%5D=a%26b%3Dc%2Bd%20%C3%A9"
            + "&expand%5B0%5D=customer&expand%5B1%5D=latest_charge.balance_transaction"
            + "&items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=price_2&items%5B1%5D%5Btax_rates%5D%5B0%5D=txr_1",
            Encoding.ASCII.GetString(request.Body));

        // ASP.NET Core's form parser (as Rack's and PHP's) decodes the brackets back.
        Dictionary<string, StringValues> form = QueryHelpers.ParseQuery("?" + Encoding.ASCII.GetString(request.Body));
        Assert.Equal("a&b=c+d é", form["metadata[note]"]);
        Assert.Equal("latest_charge.balance_transaction", form["expand[1]"]);
        Assert.Equal("txr_1", form["items[1][tax_rates][0]"]);
        Assert.False(form.ContainsKey("description"));
        Assert.False(form.ContainsKey("shipping"));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "expand=customer&expand=invoice")]
    [InlineData(ParameterStyle.Form, false, "expand=customer,invoice")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "expand=customer%20invoice")]
    [InlineData(ParameterStyle.PipeDelimited, false, "expand=customer%7Cinvoice")]
    [InlineData(ParameterStyle.DeepObject, true, "expand%5B0%5D=customer&expand%5B1%5D=invoice")]
    public void The_encoding_entry_sets_a_fields_style(ParameterStyle style, bool explode, string expected)
    {
        ApiCall call = new(HttpMethod.Post, "/v1/x");

        call.SetFormBody(0, WriteExpand, new FormFieldEncoding("expand", style, explode), new FormFieldEncoding("other", ParameterStyle.Form, false));

        Assert.Equal("name=n&" + expected, BodyText(call));
    }

    [Fact]
    public void An_exploded_form_object_sends_its_members_as_fields()
    {
        ApiCall call = new(HttpMethod.Post, "/v1/x");

        call.SetFormBody(0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("color");
            w.WriteNumber("R", 100);
            w.WriteNumber("G", 200);
            w.WriteEndObject();
            w.WriteEndObject();
        }, new FormFieldEncoding("color", ParameterStyle.Form, explode: true));

        Assert.Equal("R=100&G=200", BodyText(call));
    }

    [Fact]
    public void A_body_that_is_not_an_object_or_a_failing_writer_throws_at_the_call_site()
    {
        ApiCall call = new(HttpMethod.Post, "/v1/x");

        Assert.Throws<ArgumentException>(() => call.SetFormBody("text", static (w, v) => w.WriteStringValue(v)));
        Assert.Throws<InvalidOperationException>(() => call.SetFormBody(0, static (_, _) => throw new InvalidOperationException("writer bug")));
    }

    private static string BodyText(ApiCall call)
    {
        using HttpContent content = call.CreateContent()!;
        return content.ReadAsStringAsync(Ct).GetAwaiter().GetResult();
    }

    private static void WriteExpand(Utf8JsonWriter w, int unused)
    {
        w.WriteStartObject();
        w.WriteString("name", "n");
        w.WriteStartArray("expand");
        w.WriteStringValue("customer");
        w.WriteStringValue("invoice");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The shape of Stripe's create-PaymentIntent body, as a generated writer would write it.</summary>
    private static void WritePaymentIntent(Utf8JsonWriter w, int unused)
    {
        w.WriteStartObject();
        w.WriteNumber("amount", 2000);
        w.WriteString("currency", "usd");
        w.WriteBoolean("capture", true);
        w.WriteNull("description");
        w.WriteStartObject("metadata");
        w.WriteString("order_id", "6735");
        w.WriteString("note", "a&b=c+d é");
        w.WriteEndObject();
        w.WriteStartArray("expand");
        w.WriteStringValue("customer");
        w.WriteStringValue("latest_charge.balance_transaction");
        w.WriteEndArray();
        w.WriteStartArray("items");
        w.WriteStartObject();
        w.WriteString("price", "price_1");
        w.WriteNumber("quantity", 2);
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("price", "price_2");
        w.WriteStartArray("tax_rates");
        w.WriteStringValue("txr_1");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("shipping");
        w.WriteNull("name");
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
