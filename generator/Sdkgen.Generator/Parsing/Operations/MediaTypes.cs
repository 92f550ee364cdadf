using System;

namespace Sdkgen.Generator.Parsing.Operations;

/// <summary>Classifies media types the way bodies and responses are sent and read.</summary>
internal static class MediaTypes
{
    public static string Essence(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    public static bool IsJson(string mediaType)
    {
        var type = Essence(mediaType);
        return type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal);
    }

    public static bool IsForm(string mediaType) => Essence(mediaType) == "application/x-www-form-urlencoded";

    public static bool IsMultipart(string mediaType) => Essence(mediaType).StartsWith("multipart/", StringComparison.Ordinal);

    public static bool IsText(string mediaType)
    {
        var type = Essence(mediaType);
        return type.StartsWith("text/", StringComparison.Ordinal) && type != "text/event-stream";
    }

    /// <summary>A response read whole as a string; other text (CSV exports, HTML) stays a Stream, as it can be large.</summary>
    public static bool IsPlainText(string mediaType) => Essence(mediaType) == "text/plain";

    public static bool IsEventStream(string mediaType) => Essence(mediaType) == "text/event-stream";

    /// <summary>JSON values one after another: NDJSON, JSON Lines, JSON text sequences.</summary>
    public static bool IsJsonStream(string mediaType) => Essence(mediaType) is "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" or "application/json-seq";

    /// <summary>What a body of this media type is labelled when sent: wildcards become <c>application/octet-stream</c>.</summary>
    public static string Concrete(string mediaType) => mediaType.IndexOf('*') >= 0 ? "application/octet-stream" : mediaType;
}
