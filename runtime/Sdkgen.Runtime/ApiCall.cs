using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>
/// Everything needed to send one operation: method, path, query, headers, cookies, body and the error models
/// to use for non-success responses. Built by generated code. Bodies are encoded when set (a caller's stream is
/// read when sent), so a call can be sent again.
/// </summary>
public sealed class ApiCall
{
    private const string JsonMediaType = "application/json";
    private const string FormMediaType = "application/x-www-form-urlencoded";

    private readonly List<KeyValuePair<string, string>> _pathValues = [];
    private readonly List<string> _query = [];
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly List<string> _cookies = [];
    private readonly Dictionary<int, ErrorModel> _errorModels = [];
    private ErrorModel? _defaultErrorModel;
    private Func<HttpContent>? _body;

    /// <summary>Creates a call.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">
    /// The path relative to the base address as the spec writes it, e.g. <c>/v1/items/{item_id}</c>; each
    /// <c>{name}</c> is filled by <see cref="SetPathParameter(string, string)"/>. Literal parts must already be escaped.
    /// </param>
    public ApiCall(HttpMethod method, string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        Method = method;
        PathTemplate = pathTemplate;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path as the spec writes it, with <c>{name}</c> placeholders: safe to log (it holds no values).</summary>
    public string PathTemplate { get; }

    /// <summary>The escaped path relative to the base address, with every placeholder filled.</summary>
    /// <exception cref="InvalidOperationException">A placeholder has no value.</exception>
    public string Path
    {
        get
        {
            string path = PathTemplate;
            foreach (KeyValuePair<string, string> value in _pathValues)
            {
                path = path.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal);
            }

            int open = path.IndexOf('{', StringComparison.Ordinal);
            if (open >= 0)
            {
                throw new InvalidOperationException($"The path parameter {path[open..(path.IndexOf('}', open) + 1)]} of {PathTemplate} has no value.");
            }

            return path;
        }
    }

    /// <summary>The media types the caller accepts (the <c>Accept</c> header); JSON unless the operation says otherwise.</summary>
    public string Accept { get; set; } = JsonMediaType;

    /// <summary>The path followed by the query string, if any.</summary>
    public string RelativeUri => _query.Count == 0 ? Path : Path + "?" + string.Join('&', _query);

    internal IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>The <c>Cookie</c> header: every cookie, separated by <c>"; "</c>; null when there are none.</summary>
    internal string? CookieHeader => _cookies.Count == 0 ? null : string.Join("; ", _cookies);

    /// <summary>Fills the <c>{name}</c> placeholder of the path template with <paramref name="value"/>, escaped.</summary>
    /// <param name="name">The placeholder's name, as in the template.</param>
    /// <param name="value">The unescaped value.</param>
    public void SetPathParameter(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _pathValues.Add(new KeyValuePair<string, string>(name, Uri.EscapeDataString(value)));
    }

    /// <summary>
    /// Fills the <c>{name}</c> placeholder with a value in the simple, label or matrix style, escaped
    /// (OpenAPI's style table: <c>blue,black</c>, <c>.blue.black</c>, <c>;color=blue;color=black</c>).
    /// </summary>
    /// <param name="name">The placeholder's name, which matrix also sends.</param>
    /// <param name="value">The value; null (undefined) gives what the table shows for it: nothing, <c>.</c> or <c>;name</c>.</param>
    /// <param name="style">Simple, Label or Matrix.</param>
    /// <param name="explode">The parameter's <c>explode</c> (OpenAPI's default for these styles: false).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not one a path takes.</exception>
    public void SetPathParameter(string name, ParameterValue? value, ParameterStyle style, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        StyleExpander expander = style switch
        {
            ParameterStyle.Simple => StyleExpander.Simple,
            ParameterStyle.Label => StyleExpander.Label,
            ParameterStyle.Matrix => StyleExpander.Matrix,
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, $"Path parameter '{name}' takes the simple, label or matrix style."),
        };
        string text = value is null ? expander.ExpandUndefined(name) : expander.Expand(name, value, explode);
        _pathValues.Add(new KeyValuePair<string, string>(name, text));
    }

    /// <summary>Appends a query parameter; skipped when <paramref name="value"/> is null. Order is preserved.</summary>
    /// <param name="name">The unescaped parameter name.</param>
    /// <param name="value">The unescaped value, or null to omit the parameter.</param>
    public void AddQuery(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return;
        }

        _query.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
    }

    /// <summary>
    /// Appends a query parameter in the form, spaceDelimited, pipeDelimited or deepObject style, escaped
    /// (RFC 3986); skipped when <paramref name="value"/> is null. Order is preserved.
    /// </summary>
    /// <param name="name">The unescaped parameter name.</param>
    /// <param name="value">The value, or null to omit the parameter.</param>
    /// <param name="style">Form, SpaceDelimited, PipeDelimited or DeepObject.</param>
    /// <param name="explode">The parameter's <c>explode</c> (OpenAPI's default: true for form, false otherwise).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not one a query takes.</exception>
    /// <exception cref="ArgumentException">A list or object nests inside another in a style other than deepObject.</exception>
    public void AddQuery(string name, ParameterValue? value, ParameterStyle style, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _query.Add(QueryStyles.Serialize(name, value, style, explode));
        }
    }

    /// <summary>Adds a request header; skipped when <paramref name="value"/> is null.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value, or null to omit the header.</param>
    public void AddHeader(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _headers.Add(new KeyValuePair<string, string>(name, value));
        }
    }

    /// <summary>
    /// Adds a request header in the simple style (<c>blue,black</c>; objects <c>R,100,G,200</c>, or <c>R=100,G=200</c>
    /// exploded); skipped when <paramref name="value"/> is null. Header text is not percent-encoded.
    /// </summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value, or null to omit the header.</param>
    /// <param name="explode">The parameter's <c>explode</c> (OpenAPI's default for headers: false).</param>
    public void AddHeader(string name, ParameterValue? value, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _headers.Add(new KeyValuePair<string, string>(name, StyleExpander.Header.Expand(name, value, explode)));
        }
    }

    /// <summary>Adds a cookie to the <c>Cookie</c> header; skipped when <paramref name="value"/> is null.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value (percent-encoded only where a cookie cannot hold a character), or null to omit it.</param>
    public void AddCookie(string name, string? value) => AddCookie(name, ParameterValue.FromText(value), explode: true);

    /// <summary>
    /// Adds a cookie parameter in the form style: <c>color=blue,black</c>, or exploded <c>color=blue; color=black</c>
    /// (pairs separated by <c>"; "</c>, as cookie syntax requires); skipped when <paramref name="value"/> is null.
    /// </summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value, or null to omit the cookie.</param>
    /// <param name="explode">The parameter's <c>explode</c> (OpenAPI's default for cookies: true).</param>
    public void AddCookie(string name, ParameterValue? value, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _cookies.Add(StyleExpander.Cookie.Expand(name, value, explode));
        }
    }

    /// <summary>Serializes <paramref name="body"/> now and sends it as <c>application/json</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="body">The body value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    public void SetJsonBody<T>(T body, Action<Utf8JsonWriter, T> write) => SetJsonBody(body, write, JsonMediaType);

    /// <summary>Serializes <paramref name="body"/> now and sends it as JSON with another media type, e.g. <c>application/merge-patch+json</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="body">The body value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    /// <param name="contentType">The media type the spec declares for the body.</param>
    public void SetJsonBody<T>(T body, Action<Utf8JsonWriter, T> write, string contentType)
    {
        ArgumentNullException.ThrowIfNull(write);
        string type = MediaType.Checked(contentType);

        // Written now so writer bugs surface at the call site and the call can be re-sent; the content reads
        // the written bytes in place.
        ArrayBufferWriter<byte> json = new();
        SdkgenJson.Write(json, body, write);
        _body = () => MediaType.Content(json.WrittenMemory, type);
    }

    /// <summary>
    /// Sends <paramref name="body"/> as <c>application/x-www-form-urlencoded</c>: written now by its generated writer,
    /// then each top-level property becomes form pairs. Nulls are left out, booleans are <c>true</c>/<c>false</c>,
    /// numbers their JSON text. A property without an <paramref name="encodings"/> entry is a plain pair when it is a
    /// primitive and deepObject brackets otherwise (<c>metadata%5Bkey%5D=v</c>, <c>expand%5B0%5D=a</c>,
    /// <c>items%5B0%5D%5Bprice%5D=x</c>), as payment APIs such as Stripe declare and read them.
    /// </summary>
    /// <typeparam name="T">The body type, written as a JSON object.</typeparam>
    /// <param name="body">The body value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    /// <param name="encodings">The spec's <c>encoding</c> entries that set a style or explode.</param>
    /// <exception cref="ArgumentException">The body is not a JSON object, or nests where its style cannot.</exception>
    public void SetFormBody<T>(T body, Action<Utf8JsonWriter, T> write, params FormFieldEncoding[] encodings)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(encodings);
        byte[] form = Encoding.ASCII.GetBytes(FormUrlEncoder.Encode(ParameterValue.FromJson(body, write), encodings));
        _body = () => MediaType.Content(form, FormMediaType);
    }

    /// <summary>Sends a <c>multipart/form-data</c> body. Parts added to <paramref name="form"/> later are sent too.</summary>
    /// <param name="form">The parts.</param>
    public void SetMultipartBody(MultipartForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        _body = form.CreateContent;
    }

    /// <summary>
    /// Sends a stream as the body, copied to the connection as it is sent: never buffered, never disposed (it stays
    /// the caller's). A seekable stream is sent from its current position, again on every send; another, once.
    /// </summary>
    /// <param name="content">The body.</param>
    /// <param name="contentType">The media type, e.g. <c>application/octet-stream</c> or <c>audio/mpeg</c>.</param>
    public void SetBinaryBody(Stream content, string contentType)
    {
        string type = MediaType.Checked(contentType);
        StreamBody body = new(content);
        _body = () => body.CreateContent(type);
    }

    /// <summary>Sends bytes as the body. They are not copied: leave them unchanged until the call is done.</summary>
    /// <param name="content">The body.</param>
    /// <param name="contentType">The media type, e.g. <c>application/octet-stream</c>.</param>
    public void SetBinaryBody(ReadOnlyMemory<byte> content, string contentType)
    {
        string type = MediaType.Checked(contentType);
        _body = () => MediaType.Content(content, type);
    }

    /// <summary>Sends text as the body, encoded as UTF-8 and labelled <c>charset=utf-8</c>.</summary>
    /// <param name="text">The body.</param>
    /// <param name="contentType">The media type, e.g. <c>text/plain</c>.</param>
    public void SetTextBody(string text, string contentType)
    {
        ArgumentNullException.ThrowIfNull(text);
        MediaTypeHeaderValue type = MediaTypeHeaderValue.Parse(MediaType.Checked(contentType));
        type.CharSet = "utf-8";
        string typeText = type.ToString();
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        _body = () => MediaType.Content(utf8, typeText);
    }

    /// <summary>Registers the model a response with <paramref name="statusCode"/> is parsed into.</summary>
    /// <typeparam name="TError">The error model type.</typeparam>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="read">The generated reader for <typeparamref name="TError"/>.</param>
    public void AddErrorModel<TError>(int statusCode, JsonReadFunc<TError> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _errorModels[statusCode] = new ErrorModel<TError>(read);
    }

    /// <summary>Registers the model used for non-success responses without a status-specific model.</summary>
    /// <typeparam name="TError">The error model type.</typeparam>
    /// <param name="read">The generated reader for <typeparamref name="TError"/>.</param>
    public void AddDefaultErrorModel<TError>(JsonReadFunc<TError> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _defaultErrorModel = new ErrorModel<TError>(read);
    }

    /// <summary>The body's content for one send (HttpClient disposes what it sent), or null without a body.</summary>
    internal HttpContent? CreateContent() => _body?.Invoke();

    internal ErrorModel? FindErrorModel(int statusCode) =>
        _errorModels.TryGetValue(statusCode, out ErrorModel? model) ? model : _defaultErrorModel;
}
