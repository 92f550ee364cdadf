using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>
/// A <c>multipart/form-data</c> body, filled part by part by generated code and sent with
/// <see cref="ApiCall.SetMultipartBody"/>. Text and JSON parts are encoded when added; files are streamed when the
/// request is sent and never disposed (see <see cref="FileUpload"/>).
/// </summary>
/// <remarks>
/// Names and file names are sent as UTF-8 with <c>"</c>, CR and LF percent-encoded, as browsers send them
/// (RFC 7578 section 4.2 rules out <c>filename*</c>). A text part carries no <c>Content-Type</c> unless the spec's
/// <c>encoding</c> gives one, so servers read it as a plain field (RFC 7578: text/plain by default).
/// </remarks>
public sealed class MultipartForm
{
    private const string JsonMediaType = "application/json";
    private const string BinaryMediaType = "application/octet-stream";

    private readonly List<Func<HttpContent>> _parts = [];

    /// <summary>The number of parts added.</summary>
    public int Count => _parts.Count;

    /// <summary>Adds a text field; skipped when <paramref name="value"/> is null.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The text (primitives in their invariant wire text), or null to leave the field out.</param>
    /// <param name="contentType">The part's media type from the spec's <c>encoding</c>, or null to send none.</param>
    public void AddText(string name, string? value, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            AddBytes(name, Encoding.UTF8.GetBytes(value), contentType);
        }
    }

    /// <summary>Adds a file; skipped when <paramref name="file"/> is null.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="file">The file, or null to leave the field out.</param>
    /// <param name="contentType">
    /// The spec's media type for the part, used when the file names none; <c>application/octet-stream</c> when neither does.
    /// </param>
    public void AddFile(string name, FileUpload? file, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (file is null)
        {
            return;
        }

        string type = MediaType.Checked(file.ContentType ?? contentType ?? BinaryMediaType);
        StreamBody body = new(file.Content);
        string disposition = Disposition(name, file.FileName);
        _parts.Add(() => WithDisposition(body.CreateContent(type), disposition));
    }

    /// <summary>Adds a value as a JSON part, written now by its generated writer.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    /// <param name="contentType">The part's media type from the spec's <c>encoding</c>; <c>application/json</c> when null.</param>
    public void AddJson<T>(string name, T value, Action<Utf8JsonWriter, T> write, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(write);
        ArrayBufferWriter<byte> json = new();
        SdkgenJson.Write(json, value, write);
        AddBytes(name, json.WrittenMemory, contentType ?? JsonMediaType);
    }

    /// <summary>Builds the body for one send, with a fresh boundary.</summary>
    internal HttpContent CreateContent()
    {
        MultipartContent content = new("form-data", "sdkgen-" + Guid.NewGuid().ToString("N"))
        {
            // Part headers may carry UTF-8 names, as browsers send them.
            HeaderEncodingSelector = static (_, _) => Encoding.UTF8,
        };
        foreach (Func<HttpContent> part in _parts)
        {
            content.Add(part());
        }

        return content;
    }

    private void AddBytes(string name, ReadOnlyMemory<byte> bytes, string? contentType)
    {
        string? type = contentType is null ? null : MediaType.Checked(contentType);
        string disposition = Disposition(name, fileName: null);
        _parts.Add(() => WithDisposition(MediaType.Content(bytes, type), disposition));
    }

    private static HttpContent WithDisposition(HttpContent part, string disposition)
    {
        part.Headers.TryAddWithoutValidation("Content-Disposition", disposition);
        return part;
    }

    private static string Disposition(string name, string? fileName) =>
        fileName is null
            ? $"form-data; name=\"{Quote(name)}\""
            : $"form-data; name=\"{Quote(name)}\"; filename=\"{Quote(fileName)}\"";

    /// <summary>The HTML standard's escaping for names in multipart/form-data.</summary>
    private static string Quote(string text) =>
        text.Replace("\"", "%22", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
}
