using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace Sdkgen.Runtime.Tests;

/// <summary><c>multipart/form-data</c> bodies: files streamed from the caller's stream, text and JSON parts.</summary>
public sealed class MultipartBodyTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Text_file_and_json_parts_arrive_as_a_server_reads_them()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using MemoryStream audio = new(Encoding.ASCII.GetBytes("HEADERID3-audio-bytes"));
        audio.Position = 9; // sent from where the caller left it
        MultipartForm form = new();
        form.AddText("model_id", "eleven_multilingual_v2");
        form.AddText("skipped", null);
        form.AddFile("file", new FileUpload(audio, "résumé \"final\".mp3", "audio/mpeg"));
        form.AddFile("absent", null);
        form.AddJson("labels", new Item("a", 2), Item.WriteValue);
        form.AddText("note", "typed", "text/plain");
        ApiCall call = new(HttpMethod.Post, "/v1/voices/add");
        call.SetMultipartBody(form);

        await connection.SendAsync(call, Ct);

        RecordedRequest request = server.SingleRequest;
        List<Part> parts = await ReadPartsAsync(request);
        Assert.Equal(4, form.Count);
        Assert.Collection(
            parts,
            part =>
            {
                Assert.Equal("form-data; name=\"model_id\"", part.Disposition);
                Assert.Null(part.ContentType);
                Assert.Equal("eleven_multilingual_v2", part.Text);
            },
            part =>
            {
                // Raw UTF-8 with the quote percent-encoded, as browsers send it; no filename*.
                Assert.Equal("form-data; name=\"file\"; filename=\"résumé %22final%22.mp3\"", part.Disposition);
                Assert.Equal("audio/mpeg", part.ContentType);
                Assert.Equal("-audio-bytes", part.Text);
            },
            part =>
            {
                Assert.Equal("form-data; name=\"labels\"", part.Disposition);
                Assert.Equal("application/json", part.ContentType);
                Assert.Equal("""{"id":"a","count":2}""", part.Text);
            },
            part =>
            {
                Assert.Equal("text/plain", part.ContentType);
                Assert.Equal("typed", part.Text);
            });

        // The caller's stream is theirs: still open after the send.
        Assert.True(audio.CanRead);
    }

    [Fact]
    public async Task The_files_own_type_wins_over_the_specs_which_wins_over_octet_stream()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using MemoryStream bytes = new([1, 2, 3]);
        MultipartForm form = new();
        form.AddFile("own", new FileUpload(bytes, "a.png", "image/png"), "image/jpeg");
        form.AddFile("spec", new FileUpload(bytes, "b.jpg"), "image/jpeg");
        form.AddFile("none", new FileUpload(bytes, "c.bin"));
        ApiCall call = new(HttpMethod.Post, "/v1/upload");
        call.SetMultipartBody(form);

        await connection.SendAsync(call, Ct);

        List<Part> parts = await ReadPartsAsync(server.SingleRequest);
        Assert.Equal(["image/png", "image/jpeg", "application/octet-stream"], parts.ConvertAll(p => p.ContentType));
        Assert.All(parts, part => Assert.Equal("\u0001\u0002\u0003", part.Text));
    }

    [Fact]
    public async Task A_file_part_is_streamed_while_the_request_is_sent_not_buffered_first()
    {
        await using LiveUpload upload = await LiveUpload.StartAsync();
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = upload.Server.Address }, null, "TestClient");
        MultipartForm form = new();
        form.AddFile("file", new FileUpload(upload.Stream, "live.raw"));
        ApiCall call = new(HttpMethod.Post, "/v1/stream");
        call.SetMultipartBody(form);

        await connection.SendAsync(call, Ct).WaitAsync(TimeSpan.FromMinutes(1)); // a safety net, not a timing assertion

        Assert.Contains("FIRST-SECOND", upload.Received, StringComparison.Ordinal);
        Assert.False(upload.Stream.Disposed);
    }

    [Fact]
    public async Task A_multipart_call_with_a_seekable_file_can_be_sent_again()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(204, "");
        using HttpClient http = new();
        ApiConnection connection = new(http, new ApiClientOptions { BaseAddress = server.Address }, null, "TestClient");
        using MemoryStream bytes = new(Encoding.ASCII.GetBytes("same"));
        MultipartForm form = new();
        form.AddFile("file", new FileUpload(bytes, "a.txt"));
        ApiCall call = new(HttpMethod.Post, "/v1/upload");
        call.SetMultipartBody(form);

        await connection.SendAsync(call, Ct);
        await connection.SendAsync(call, Ct);

        Assert.Equal(2, server.Requests.Count);
        foreach (RecordedRequest request in server.Requests)
        {
            Assert.Equal("same", Assert.Single(await ReadPartsAsync(request)).Text);
        }

        Assert.NotEqual(server.Requests[0].Headers["Content-Type"], server.Requests[1].Headers["Content-Type"]); // a fresh boundary
    }

    [Fact]
    public void Bad_media_types_fail_when_the_part_is_added()
    {
        MultipartForm form = new();
        using MemoryStream bytes = new();

        Assert.Throws<ArgumentException>(() => form.AddText("a", "b", "not a type"));
        Assert.Throws<ArgumentException>(() => form.AddFile("f", new FileUpload(bytes, "x", "bad type")));
        Assert.Equal(0, form.Count);
    }

    private sealed record Part(string Disposition, string? ContentType, string Text);

    /// <summary>Reads the body with ASP.NET Core's multipart reader, as a server would.</summary>
    private static async Task<List<Part>> ReadPartsAsync(RecordedRequest request)
    {
        MediaTypeHeaderValue type = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]);
        Assert.Equal("multipart/form-data", type.MediaType.Value);
        MultipartReader reader = new(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, new MemoryStream(request.Body));
        List<Part> parts = [];
        while (await reader.ReadNextSectionAsync(Ct) is MultipartSection section)
        {
            using StreamReader text = new(section.Body, Encoding.Latin1);
            parts.Add(new Part(
                section.ContentDisposition!,
                section.ContentType,
                await text.ReadToEndAsync(Ct)));
        }

        return parts;
    }
}
