using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Runtime;

namespace BatchCalling.Emulator.Http;

/// <summary>
/// Parses a submit body with the generated reader. That reader stops at the first problem, but the API lists
/// them all, so a rejected body is diagnosed on a JSON tree: each structural problem is reported, patched
/// (placeholder for a missing/mistyped required field, removal of a mistyped optional one) and the patched
/// body goes through the generated reader again so the value rules still run on everything else.
/// </summary>
internal static class SubmitRequestReader
{
    private static readonly string[] RequiredStrings = ["call_name", "agent_id"];
    private static readonly string[] OptionalStrings = ["agent_phone_number_id", "timezone", "branch_id", "environment"];
    private static readonly string[] OptionalIntegers = ["scheduled_time_unix", "target_concurrency_limit"];
    private static readonly string[] RecipientStrings = ["id", "phone_number", "whatsapp_user_id"];

    public static (BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost? Request, ValidationProblems Problems) Read(ReadOnlySpan<byte> body)
    {
        if (TryGenerated(body, out var request, out _))
        {
            return (request, SubmitRules.Check(request));
        }

        return (null, Diagnose(body));
    }

    private static ValidationProblems Diagnose(ReadOnlySpan<byte> body)
    {
        ValidationProblems problems = new();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            problems.Add("json_invalid", "JSON decode error", "body", e.BytePositionInLine ?? 0);
            return problems;
        }

        if (root is not JsonObject obj)
        {
            problems.Add("model_attributes_type", "Input should be a valid dictionary or object to extract fields from", "body");
            return problems;
        }

        List<string> patched = [];
        foreach (string name in RequiredStrings)
        {
            if (!IsKind(obj[name], JsonValueKind.String))
            {
                Report(problems, obj, name, "string_type", "Input should be a valid string");
                obj[name] = "";
                patched.Add($"body/{name}/");
            }
        }

        PatchRecipients(problems, obj, patched);
        foreach (string name in OptionalStrings)
        {
            RemoveUnless(problems, obj, name, JsonValueKind.String, "string_type", "Input should be a valid string", "body", name);
        }

        foreach (string name in OptionalIntegers)
        {
            if (obj[name] is JsonNode node && !IsInteger(node))
            {
                problems.Add("int_type", "Input should be a valid integer", "body", name);
                obj.Remove(name);
            }
        }

        if (!TryGenerated(Serialize(obj), out var request, out Exception? error))
        {
            // Something deeper than this diagnosis looks at (e.g. inside conversation overrides).
            problems.Add("value_error", "Value error, " + error!.Message, "body");
            return problems;
        }

        ValidationProblems rules = SubmitRules.Check(request);
        rules.RemoveUnder(patched);
        problems.AddRange(rules);
        if (problems.Count == 0)
        {
            problems.Add("value_error", "Value error, the body does not match the request schema", "body");
        }

        return problems;
    }

    private static void PatchRecipients(ValidationProblems problems, JsonObject obj, List<string> patched)
    {
        if (obj["recipients"] is not JsonArray recipients)
        {
            Report(problems, obj, "recipients", "list_type", "Input should be a valid list");
            obj["recipients"] = new JsonArray();
            patched.Add("body/recipients/");
            return;
        }

        for (int i = 0; i < recipients.Count; i++)
        {
            if (recipients[i] is not JsonObject recipient)
            {
                problems.Add("model_attributes_type", "Input should be a valid dictionary or object to extract fields from", "body", "recipients", i);
                recipients[i] = new JsonObject();
                patched.Add($"body/recipients/{i}/");
                continue;
            }

            foreach (string name in RecipientStrings)
            {
                if (RemoveUnless(problems, recipient, name, JsonValueKind.String, "string_type", "Input should be a valid string", "body", "recipients", i, name))
                {
                    patched.Add($"body/recipients/{i}/{name}/");
                }
            }
        }
    }

    // Missing or null (required fields may not be null) is "missing"; any other wrong kind is a type error.
    private static void Report(ValidationProblems problems, JsonObject obj, string name, string type, string msg)
    {
        if (obj[name] is null)
        {
            problems.Missing("body", name);
        }
        else
        {
            problems.Add(type, msg, "body", name);
        }
    }

    private static bool RemoveUnless(ValidationProblems problems, JsonObject obj, string name, JsonValueKind kind,
        string type, string msg, params ValidationErrorLocItem[] loc)
    {
        if (obj[name] is JsonNode node && node.GetValueKind() != kind)
        {
            problems.Add(type, msg, loc);
            obj.Remove(name);
            return true;
        }

        return false;
    }

    private static bool IsKind(JsonNode? node, JsonValueKind kind) => node is not null && node.GetValueKind() == kind;

    private static bool IsInteger(JsonNode node) => node is JsonValue value && value.TryGetValue(out long _);

    private static bool TryGenerated(ReadOnlySpan<byte> body,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost? request,
        out Exception? error)
    {
        try
        {
            request = SdkgenJson.Deserialize(body, BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.ReadValue);
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // InvalidOperationException/FormatException: Utf8JsonReader's Get* on a token of the wrong kind.
            request = null;
            error = e;
            return false;
        }
    }

    private static byte[] Serialize(JsonNode node)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
