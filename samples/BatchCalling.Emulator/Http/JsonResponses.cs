using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using ElevenLabs;
using ElevenLabs.Serialization;
using Microsoft.AspNetCore.Http;
using Sdkgen.Runtime;

namespace BatchCalling.Emulator.Http;

/// <summary>Writes response bodies: spec models through their generated writers, plain error details by hand.</summary>
internal static class JsonResponses
{
    public static Task WriteModelAsync<T>(HttpContext context, int statusCode, T value, Action<Utf8JsonWriter, T> write) =>
        WriteAsync(context, statusCode, SdkgenJson.SerializeToUtf8Bytes(value, write));

    public static Task WriteValidationAsync(HttpContext context, HTTPValidationError error) =>
        WriteModelAsync(context, StatusCodes.Status422UnprocessableEntity, error, HTTPValidationErrorJsonConverter.WriteValue);

    /// <summary><c>{"detail": "..."}</c>, the API's shape for 404/409 (not a spec model, so no generated writer).</summary>
    public static Task WriteDetailAsync(HttpContext context, int statusCode, string detail) =>
        WriteAsync(context, statusCode, Build(writer => writer.WriteString("detail", detail)));

    /// <summary><c>{"detail": {"status": "...", "message": "..."}}</c>, the API's shape for auth failures.</summary>
    public static Task WriteStatusDetailAsync(HttpContext context, int statusCode, string status, string message) =>
        WriteAsync(context, statusCode, Build(writer =>
        {
            writer.WriteStartObject("detail");
            writer.WriteString("status", status);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }));

    private static byte[] Build(Action<Utf8JsonWriter> members)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Task WriteAsync(HttpContext context, int statusCode, byte[] body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
