using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>
/// Everything needed to send one operation: method, path, query, headers, body and the error models
/// to use for non-success responses. Built by generated code; reusable because the body is stored as bytes.
/// </summary>
public sealed class ApiCall
{
    private const string JsonMediaType = "application/json";

    private readonly List<KeyValuePair<string, string>> _pathValues = [];
    private readonly List<string> _query = [];
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly Dictionary<int, ErrorModel> _errorModels = [];
    private ErrorModel? _defaultErrorModel;

    /// <summary>Creates a call.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">
    /// The path relative to the base address as the spec writes it, e.g. <c>/v1/items/{item_id}</c>; each
    /// <c>{name}</c> is filled by <see cref="SetPathParameter"/>. Literal parts must already be escaped.
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

    internal byte[]? Body { get; private set; }

    /// <summary>Fills the <c>{name}</c> placeholder of the path template with <paramref name="value"/>, escaped.</summary>
    /// <param name="name">The placeholder's name, as in the template.</param>
    /// <param name="value">The unescaped value.</param>
    public void SetPathParameter(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _pathValues.Add(new KeyValuePair<string, string>(name, Uri.EscapeDataString(value)));
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

    /// <summary>Serializes <paramref name="body"/> now and sends it as <c>application/json</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="body">The body value.</param>
    /// <param name="write">The generated writer for <typeparamref name="T"/>.</param>
    public void SetJsonBody<T>(T body, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);

        // Serialize eagerly so writer bugs surface at the call site and the call can be re-sent.
        Body = SdkgenJson.SerializeToUtf8Bytes(body, write);
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

    internal ErrorModel? FindErrorModel(int statusCode) =>
        _errorModels.TryGetValue(statusCode, out ErrorModel? model) ? model : _defaultErrorModel;
}
