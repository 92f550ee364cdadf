using System.Collections.Generic;
using System.Text.Json;

namespace Sdkgen.Runtime.Tests;

/// <summary>Hand-written stand-ins for generated models and converters.</summary>
internal sealed record Item(string Id, int Count)
{
    public static Item ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw reader.UnexpectedToken("StartObject");
        }

        string? id = null;
        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "id": id = reader.GetString(); break;
                case "count": count = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }

        return new Item(id ?? throw JsonReaderExtensions.MissingRequired(nameof(Item), "id"), count);
    }

    public static void WriteValue(Utf8JsonWriter writer, Item value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteNumber("count", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary>An error model like FastAPI's HTTPValidationError, reduced to a list of messages.</summary>
internal sealed record ErrorBody(IReadOnlyList<string> Detail)
{
    public static ErrorBody ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw reader.UnexpectedToken("StartObject");
        }

        List<string>? detail = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "detail")
            {
                detail = [];
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw reader.UnexpectedToken("StartArray");
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    detail.Add(reader.GetString()!);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return new ErrorBody(detail ?? throw JsonReaderExtensions.MissingRequired(nameof(ErrorBody), "detail"));
    }
}
