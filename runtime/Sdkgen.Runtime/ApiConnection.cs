using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sdkgen.Runtime;

/// <summary>
/// Sends <see cref="ApiCall"/>s over an <see cref="HttpClient"/>: builds the URL, attaches the API key,
/// <c>User-Agent</c> and <c>Accept</c>, logs each call, and turns failures and unreadable responses into
/// <see cref="ApiException"/>s.
/// </summary>
public sealed partial class ApiConnection
{
    private readonly HttpClient _httpClient;
    private readonly ApiClientOptions _options;
    private readonly ApiKeyAuth? _auth;
    private readonly ProductInfoHeaderValue[] _userAgent;
    private readonly ILogger _logger;

    /// <summary>Creates a connection.</summary>
    /// <param name="httpClient">The client used to send requests; not disposed by the connection.</param>
    /// <param name="options">The client options (base address, API key, logging).</param>
    /// <param name="auth">How the API key is sent, or null when the API has no key.</param>
    /// <param name="clientName">The generated client's name, sent in the <c>User-Agent</c> and used as the log category.</param>
    public ApiConnection(HttpClient httpClient, ApiClientOptions options, ApiKeyAuth? auth, string clientName)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(clientName);
        _httpClient = httpClient;
        _options = options;
        _auth = auth;
        _userAgent = SdkgenUserAgent.For(clientName);
        _logger = options.LoggerFactory?.CreateLogger("Sdkgen." + clientName) ?? NullLogger.Instance;
    }

    /// <summary>Sends a call and parses its JSON response.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readResponse">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The parsed response.</returns>
    /// <exception cref="ApiException">The call failed or the response could not be parsed.</exception>
    public async Task<T> SendAsync<T>(ApiCall call, JsonReadFunc<T> readResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readResponse);
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ParseSuccess(call, response, body, readResponse);
    }

    /// <summary>Sends a call whose successful response carries no content of interest.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the call succeeded.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        // Headers are enough: a success body is ignored, so don't buffer it.
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a call and returns the response body as a stream, without buffering it.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The body stream; the caller must dispose it.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task<Stream> SendForStreamAsync(ApiCall call, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            // Disposing the returned stream releases the connection, so the response itself is not disposed here.
            return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Sends a call and returns the response body as text.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The body text, decoded using the response charset.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task<string> SendForStringAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the call; returns the response on success, otherwise reads the body and throws.</summary>
    private async Task<HttpResponseMessage> SendCheckedAsync(ApiCall call, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        using HttpRequestMessage request = CreateRequest(call);
        long started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log(call, started, null, ex);
            throw;
        }

        Log(call, started, response, null);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            throw CreateFailure(call, response, body);
        }
    }

    private void Log(ApiCall call, long started, HttpResponseMessage? response, Exception? failure)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is not null)
        {
            ApiCallLog.Completed(_logger, call.Method.Method, call.PathTemplate, (int)response.StatusCode, elapsed);
        }
        else
        {
            ApiCallLog.Failed(_logger, call.Method.Method, call.PathTemplate, elapsed, failure!);
        }
    }

    private HttpRequestMessage CreateRequest(ApiCall call)
    {
        HttpRequestMessage request = new(call.Method, BuildUri(call));
        request.Headers.TryAddWithoutValidation("Accept", call.Accept);

        // The caller's own User-Agent (on the HttpClient) comes first; ours says which SDK sent the request.
        foreach (ProductInfoHeaderValue product in _httpClient.DefaultRequestHeaders.UserAgent)
        {
            request.Headers.UserAgent.Add(product);
        }

        foreach (ProductInfoHeaderValue product in _userAgent)
        {
            request.Headers.UserAgent.Add(product);
        }

        request.Content = call.CreateContent();
        if (call.CookieHeader is string cookies)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        foreach (KeyValuePair<string, string> header in call.Headers)
        {
            // Content headers (e.g. Content-Language) are rejected by request.Headers and belong on the content.
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        // Per request, never on DefaultRequestHeaders: the HttpClient may be shared with other code.
        if (_auth is not null && _options.ApiKey is string apiKey)
        {
            if (_auth.Style == ApiKeyStyle.Bearer)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(_auth.HeaderName, apiKey);
            }
        }

        return request;
    }

    private Uri BuildUri(ApiCall call)
    {
        Uri baseAddress = _options.BaseAddress ?? _httpClient.BaseAddress
            ?? throw new InvalidOperationException(
                "No base address is configured: set BaseAddress on the client options or on the HttpClient.");

        // Plain concatenation (not new Uri(base, relative)) so a base path such as /api is kept
        // whether or not it ends with a slash.
        string prefix = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        string relative = call.RelativeUri;
        return new Uri(relative.StartsWith('/') ? prefix + relative : prefix + "/" + relative, UriKind.Absolute);
    }

    private T ParseSuccess<T>(ApiCall call, HttpResponseMessage response, byte[] body, JsonReadFunc<T> readResponse)
    {
        try
        {
            return SdkgenJson.Deserialize(body, readResponse);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            string text = DecodeBody(body);
            string message = Redact($"{call.Method} {call.Path} returned {Status(response)} but the response body could not be parsed as the expected type {typeof(T).Name}: {ex.Message} Body: {Excerpt(text)}");
            throw new ApiException(message, response.StatusCode, response.ReasonPhrase, text, ResponseHeaders.Of(response), ex);
        }
    }

    private ApiException CreateFailure(ApiCall call, HttpResponseMessage response, byte[] body)
    {
        string text = DecodeBody(body);
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = ResponseHeaders.Of(response);
        string message = Redact($"{call.Method} {call.Path} failed with {Status(response)}: {Excerpt(text)}");
        if (call.FindErrorModel((int)response.StatusCode) is not ErrorModel model)
        {
            return new ApiException(message, response.StatusCode, response.ReasonPhrase, text, headers);
        }

        try
        {
            return model.CreateException(body, message, response.StatusCode, response.ReasonPhrase, text, headers);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            string parseMessage = Redact($"{call.Method} {call.Path} failed with {Status(response)} and the error body could not be parsed as {model.TypeName}: {ex.Message} Body: {Excerpt(text)}");
            return new ApiException(parseMessage, response.StatusCode, response.ReasonPhrase, text, headers, ex);
        }
    }

    // Defence in depth: a server that echoes request headers must not leak the key into logged messages.
    private string Redact(string message) =>
        string.IsNullOrEmpty(_options.ApiKey) ? message : message.Replace(_options.ApiKey, "***", StringComparison.Ordinal);

    private static bool IsParseFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException;

    private static string Status(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()})";

    private static string DecodeBody(byte[] body) => Encoding.UTF8.GetString(body);

    private static string Excerpt(string body)
    {
        const int MaxLength = 500;
        if (body.Length == 0)
        {
            return "(empty body)";
        }

        return body.Length <= MaxLength ? body : string.Concat(body.AsSpan(0, MaxLength), "…");
    }
}
