using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>
/// The send methods for responses that stream many values: JSON values one after another (NDJSON, JSON Lines,
/// concatenated JSON) and Server-Sent Events. Each value is handed over as soon as it has arrived.
/// </summary>
public sealed partial class ApiConnection
{
    /// <summary>
    /// Sends a call whose response is a stream of JSON values (<c>application/x-ndjson</c>, <c>application/jsonl</c>,
    /// or values simply concatenated, as Fern's <c>x-fern-streaming</c> servers send) and yields each value as soon
    /// as it has fully arrived. The request is sent when enumeration starts; ending or leaving the enumeration
    /// releases the response.
    /// </summary>
    /// <typeparam name="T">The type of each value.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readValue">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request and the reading.</param>
    /// <returns>The values, in the order they arrive.</returns>
    /// <exception cref="ApiException">The call failed, or a value could not be parsed (the message names the operation).</exception>
    public async IAsyncEnumerable<T> SendForJsonStreamAsync<T>(ApiCall call, JsonReadFunc<T> readValue, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await foreach (T value in ReadJsonValuesAsync(call, response, readValue, cancellationToken).ConfigureAwait(false))
        {
            yield return value;
        }
    }

    /// <summary>
    /// Sends a call whose response is a stream of JSON values and returns, once its headers arrive, the status and
    /// headers with the values still to come (see <see cref="SendForJsonStreamAsync{T}"/>).
    /// </summary>
    /// <typeparam name="T">The type of each value.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readValue">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request and the reading.</param>
    /// <returns>
    /// The status, headers and values. The values can be enumerated once; the response stays open until their
    /// enumerator is disposed (<c>await foreach</c> does that), so enumerate them even if only to stop at once.
    /// </returns>
    /// <exception cref="ApiException">The call failed, or (while enumerating) a value could not be parsed.</exception>
    public async Task<ApiResponse<IAsyncEnumerable<T>>> SendForJsonStreamWithResponseAsync<T>(ApiCall call, JsonReadFunc<T> readValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        ResponseSequence<T> values = new(response, ReadJsonValuesAsync(call, response, readValue, cancellationToken));
        return new ApiResponse<IAsyncEnumerable<T>>(response.StatusCode, ResponseHeaders.Of(response), values);
    }

    /// <summary>
    /// Sends a call whose response is <c>text/event-stream</c> and yields each Server-Sent Event as soon as it has
    /// been dispatched: data lines joined with <c>\n</c>, comments ignored, and data that is JSON read with
    /// <paramref name="readData"/>. The request is sent when enumeration starts; ending or leaving the enumeration
    /// releases the response.
    /// </summary>
    /// <typeparam name="T">The type event data is read into when it is JSON.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readData">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request and the reading.</param>
    /// <returns>The events, in the order they arrive.</returns>
    /// <exception cref="ApiException">The call failed, or JSON data could not be read (the message names the operation).</exception>
    public async IAsyncEnumerable<ServerSentEvent<T>> SendForEventStreamAsync<T>(ApiCall call, JsonReadFunc<T> readData, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readData);
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await foreach (ServerSentEvent<T> item in ReadEventsAsync(call, response, readData, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Sends a call whose response is <c>text/event-stream</c> and returns, once its headers arrive, the status and
    /// headers with the events still to come (see <see cref="SendForEventStreamAsync{T}"/>).
    /// </summary>
    /// <typeparam name="T">The type event data is read into when it is JSON.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readData">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request and the reading.</param>
    /// <returns>
    /// The status, headers and events. The events can be enumerated once; the response stays open until their
    /// enumerator is disposed (<c>await foreach</c> does that), so enumerate them even if only to stop at once.
    /// </returns>
    /// <exception cref="ApiException">The call failed, or (while enumerating) JSON data could not be read.</exception>
    public async Task<ApiResponse<IAsyncEnumerable<ServerSentEvent<T>>>> SendForEventStreamWithResponseAsync<T>(ApiCall call, JsonReadFunc<T> readData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readData);
        HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        ResponseSequence<ServerSentEvent<T>> events = new(response, ReadEventsAsync(call, response, readData, cancellationToken));
        return new ApiResponse<IAsyncEnumerable<ServerSentEvent<T>>>(response.StatusCode, ResponseHeaders.Of(response), events);
    }

    private async IAsyncEnumerable<T> ReadJsonValuesAsync<T>(ApiCall call, HttpResponseMessage response, JsonReadFunc<T> readValue, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using JsonValueFramer framer = new(body);
        for (int number = 1; ; number++)
        {
            ReadOnlyMemory<byte>? json;
            try
            {
                json = await framer.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw StreamFailure(call, response, $"value {number}", typeof(T).Name, Encoding.UTF8.GetString(framer.Pending), ex);
            }

            if (json is not ReadOnlyMemory<byte> utf8)
            {
                yield break;
            }

            T value;
            try
            {
                value = SdkgenJson.Deserialize(utf8.Span, readValue);
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                throw StreamFailure(call, response, $"value {number}", typeof(T).Name, Encoding.UTF8.GetString(utf8.Span), ex);
            }

            yield return value;
        }
    }

    private async IAsyncEnumerable<ServerSentEvent<T>> ReadEventsAsync<T>(ApiCall call, HttpResponseMessage response, JsonReadFunc<T> readData, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        int number = 0;
        SseParser<(string Text, bool HasValue, T? Value)> parser = SseParser.Create<(string Text, bool HasValue, T? Value)>(body, (eventType, data) =>
        {
            number++;
            string text = Encoding.UTF8.GetString(data);
            if (!IsJson(data))
            {
                return (text, false, default(T));
            }

            try
            {
                return (text, true, SdkgenJson.Deserialize(data, readData));
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                throw StreamFailure(call, response, $"the data of event {number} ('{eventType}')", typeof(T).Name, text, ex);
            }
        });

        await foreach (SseItem<(string Text, bool HasValue, T? Value)> item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            // The standard's last event ID persists across events; an empty one means none.
            string? lastEventId = parser.LastEventId.Length == 0 ? null : parser.LastEventId;
            yield return item.Data.HasValue
                ? new ServerSentEvent<T>(item.EventType, lastEventId, item.ReconnectionInterval, item.Data.Text, item.Data.Value!)
                : new ServerSentEvent<T>(item.EventType, lastEventId, item.ReconnectionInterval, item.Data.Text);
        }
    }

    private ApiException StreamFailure(ApiCall call, HttpResponseMessage response, string what, string typeName, string text, Exception ex)
    {
        string message = Redact($"{call.Method} {call.Path} returned {Status(response)} but streamed {what} could not be parsed as {typeName}: {ex.Message} Value: {Excerpt(text)}");
        return new ApiException(message, response.StatusCode, response.ReasonPhrase, text, ResponseHeaders.Of(response), ex);
    }

    /// <summary>Whether event data is one well-formed JSON value: anything else (<c>[DONE]</c>, plain text) stays text.</summary>
    private static bool IsJson(ReadOnlySpan<byte> data)
    {
        try
        {
            Utf8JsonReader reader = new(data);
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
