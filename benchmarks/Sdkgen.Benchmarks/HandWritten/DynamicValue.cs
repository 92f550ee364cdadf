using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sdkgen.Benchmarks.HandWritten;

/// <summary>A dynamic variable: string, number, integer or boolean (the spec's oneOf), as a tagged struct.</summary>
[JsonConverter(typeof(DynamicValueConverter))]
public readonly record struct DynamicValue
{
    private readonly string? _text;
    private readonly double _number;
    private readonly long _integer;

    private DynamicValue(DynamicKind kind, string? text, double number, long integer)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _integer = integer;
    }

    public DynamicKind Kind { get; }

    public string? AsString => Kind == DynamicKind.String ? _text : null;

    public double? AsNumber => Kind == DynamicKind.Number ? _number : null;

    public long? AsInteger => Kind == DynamicKind.Integer ? _integer : null;

    public bool? AsBoolean => Kind == DynamicKind.Boolean ? _integer != 0 : null;

    public static DynamicValue FromString(string value) => new(DynamicKind.String, value ?? throw new ArgumentNullException(nameof(value)), 0, 0);

    public static DynamicValue FromNumber(double value) => new(DynamicKind.Number, null, value, 0);

    public static DynamicValue FromInteger(long value) => new(DynamicKind.Integer, null, 0, value);

    public static DynamicValue FromBoolean(bool value) => new(DynamicKind.Boolean, null, 0, value ? 1 : 0);

    /// <summary>Reads the value the reader is on; integral numbers become integers, as in the generated union.</summary>
    public static DynamicValue Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => FromString(reader.GetString()!),
        JsonTokenType.Number => reader.TryGetInt64(out long integer) ? FromInteger(integer) : FromNumber(reader.GetDouble()),
        JsonTokenType.True => FromBoolean(true),
        JsonTokenType.False => FromBoolean(false),
        _ => throw new JsonException("Expected a string, number or boolean dynamic variable."),
    };

    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case DynamicKind.String:
                writer.WriteStringValue(_text);
                break;
            case DynamicKind.Number:
                writer.WriteNumberValue(_number);
                break;
            case DynamicKind.Integer:
                writer.WriteNumberValue(_integer);
                break;
            case DynamicKind.Boolean:
                writer.WriteBooleanValue(_integer != 0);
                break;
            default:
                throw new JsonException("A default DynamicValue has no JSON form.");
        }
    }
}

public enum DynamicKind
{
    None = 0,
    String,
    Number,
    Integer,
    Boolean,
}

/// <summary>What an STJ user writes for a union: a small converter over the struct's own read/write.</summary>
public sealed class DynamicValueConverter : JsonConverter<DynamicValue>
{
    public override DynamicValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DynamicValue.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DynamicValue value, JsonSerializerOptions options) => value.Write(writer);
}
