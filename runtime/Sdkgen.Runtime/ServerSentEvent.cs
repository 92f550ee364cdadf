using System;

namespace Sdkgen.Runtime;

/// <summary>One event of a <c>text/event-stream</c> response, as the Server-Sent Events standard dispatches it.</summary>
/// <typeparam name="T">The type the event's JSON data is read into.</typeparam>
public sealed class ServerSentEvent<T>
{
    /// <summary>Creates an event whose data is not JSON (or is empty).</summary>
    /// <param name="eventType">The <c>event</c> field, <c>message</c> when the event has none.</param>
    /// <param name="lastEventId">The last <c>id</c> the stream set, up to and including this event, or null.</param>
    /// <param name="retry">The reconnection time this event set, or null.</param>
    /// <param name="data">The data lines, joined with <c>\n</c>.</param>
    public ServerSentEvent(string eventType, string? lastEventId, TimeSpan? retry, string data)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(data);
        EventType = eventType;
        LastEventId = lastEventId;
        Retry = retry;
        Data = data;
    }

    /// <summary>Creates an event whose data is JSON, read into <paramref name="value"/>.</summary>
    /// <param name="eventType">The <c>event</c> field, <c>message</c> when the event has none.</param>
    /// <param name="lastEventId">The last <c>id</c> the stream set, up to and including this event, or null.</param>
    /// <param name="retry">The reconnection time this event set, or null.</param>
    /// <param name="data">The data lines, joined with <c>\n</c>.</param>
    /// <param name="value">The data read by the operation's generated reader.</param>
    public ServerSentEvent(string eventType, string? lastEventId, TimeSpan? retry, string data, T value)
        : this(eventType, lastEventId, retry, data)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>The event type: the <c>event</c> field, or <c>message</c>.</summary>
    public string EventType { get; }

    /// <summary>
    /// The standard's last event ID: the latest <c>id</c> field seen on the stream up to this event (an event without
    /// one keeps the previous), which a client sends back as <c>Last-Event-ID</c> to resume. Null before any.
    /// </summary>
    public string? LastEventId { get; }

    /// <summary>The reconnection time the server asked for with this event (its <c>retry</c> field), or null.</summary>
    public TimeSpan? Retry { get; }

    /// <summary>The raw data: every <c>data</c> line of the event joined with <c>\n</c>.</summary>
    public string Data { get; }

    /// <summary>Whether <see cref="Data"/> was JSON and was read into <see cref="Value"/>.</summary>
    public bool HasValue { get; }

    /// <summary>The data read by the operation's reader when it was JSON; otherwise the default (see <see cref="HasValue"/>).</summary>
    public T? Value { get; }

    /// <summary>Describes the event.</summary>
    /// <returns>The event type and data.</returns>
    public override string ToString() => $"{EventType}: {Data}";
}
