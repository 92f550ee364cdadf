using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary>JSON written in place, raw binary (stream or bytes) and text bodies, each with its Content-Type.</summary>
public sealed class RawBodyTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Json_body_has_its_length_and_can_be_sent_again_with_the_same_bytes()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Patch, "/v1/items/a");
        call.SetJsonBody(new Item("a", 1), Item.WriteValue, "application/merge-patch+json");

        await connection.SendAsync(call, Ct);
        await connection.SendAsync(call, Ct);

        Assert.All(server.Requests, request =>
        {
            Assert.Equal("application/merge-patch+json", request.Headers["Content-Type"]);
            Assert.Equal("20", request.Headers["Content-Length"]);
            Assert.Equal("""{"id":"a","count":1}""", Encoding.UTF8.GetString(request.Body));
        });
    }

    [Fact]
    public async Task Binary_and_text_bodies_carry_their_media_types()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using MemoryStream audio = new([0, 1, 2, 255]);
        ApiCall stream = new(HttpMethod.Post, "/v1/a");
        stream.SetBinaryBody(audio, "audio/mpeg");
        ApiCall bytes = new(HttpMethod.Post, "/v1/b");
        bytes.SetBinaryBody(new byte[] { 9, 8, 7 }, "application/octet-stream");
        ApiCall text = new(HttpMethod.Post, "/v1/c");
        text.SetTextBody("Grüße\n", "text/plain");
        ApiCall csv = new(HttpMethod.Post, "/v1/d");
        csv.SetTextBody("a,b", "text/csv; charset=iso-8859-1");

        await connection.SendAsync(stream, Ct);
        await connection.SendAsync(bytes, Ct);
        await connection.SendAsync(text, Ct);
        await connection.SendAsync(csv, Ct);

        Assert.Equal("audio/mpeg", server.Requests[0].Headers["Content-Type"]);
        Assert.Equal([0, 1, 2, 255], server.Requests[0].Body);
        Assert.Equal("4", server.Requests[0].Headers["Content-Length"]);
        Assert.True(audio.CanRead); // not disposed: the caller's
        Assert.Equal("application/octet-stream", server.Requests[1].Headers["Content-Type"]);
        Assert.Equal([9, 8, 7], server.Requests[1].Body);
        Assert.Equal("text/plain; charset=utf-8", server.Requests[2].Headers["Content-Type"]);
        Assert.Equal("Grüße\n", Encoding.UTF8.GetString(server.Requests[2].Body));
        Assert.Equal("text/csv; charset=utf-8", server.Requests[3].Headers["Content-Type"]); // the bytes are UTF-8, so the label says so
    }

    [Fact]
    public async Task A_stream_body_is_sent_as_it_is_read_and_a_one_way_stream_only_once()
    {
        await using LiveUpload upload = await LiveUpload.StartAsync();
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = upload.Server.Address }, null, "TestClient");
        ApiCall call = new(HttpMethod.Post, "/v1/speech-to-text");
        call.SetBinaryBody(upload.Stream, "audio/wav");

        await connection.SendAsync(call, Ct).WaitAsync(TimeSpan.FromMinutes(1)); // a safety net, not a timing assertion
        Exception again = await Assert.ThrowsAnyAsync<Exception>(() => connection.SendAsync(call, Ct));

        Assert.Equal("FIRST-SECOND", upload.Received);
        Assert.Contains("cannot be sent again", again.ToString(), StringComparison.Ordinal);
        Assert.False(upload.Stream.Disposed);
    }

    [Fact]
    public async Task A_seekable_stream_body_is_sent_from_its_starting_position_on_every_send()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using MemoryStream data = new(Encoding.ASCII.GetBytes("skip:payload"));
        data.Position = 5;
        ApiCall call = new(HttpMethod.Put, "/v1/blob");
        call.SetBinaryBody(data, "application/octet-stream");

        await connection.SendAsync(call, Ct);
        await connection.SendAsync(call, Ct);

        Assert.All(server.Requests, request => Assert.Equal("payload", Encoding.ASCII.GetString(request.Body)));
    }

    [Fact]
    public void A_bad_media_type_fails_when_the_body_is_set()
    {
        ApiCall call = new(HttpMethod.Post, "/v1/x");
        using MemoryStream data = new();

        Assert.Throws<ArgumentException>(() => call.SetBinaryBody(data, "not a media type"));
        Assert.Throws<ArgumentException>(() => call.SetTextBody("x", "text/plain;;=")); 
        Assert.Throws<ArgumentException>(() => call.SetJsonBody(1, static (w, v) => w.WriteNumberValue(v), "application json"));
        Assert.Null(call.CreateContent());
    }
}
