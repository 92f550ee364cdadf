using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Parsing;
using Sdkgen.Generator.Parsing.Swagger2;

namespace Sdkgen.Generator.Tests.Infrastructure;

/// <summary>Helpers for Swagger 2.0 tests: a minimal document, its upgraded 3.0 tree, and that tree as compact JSON.</summary>
internal static class Swagger2Document
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A 2.0 document titled Test; <paramref name="body"/> holds top-level sections (paths, definitions, …) at column 0.</summary>
    public static string Spec(string body) => $"""
        swagger: "2.0"
        info:
          title: Test
          version: '1'
        {body}
        """;

    /// <summary>The 3.0 tree the upgrader makes of <paramref name="text"/>, with the diagnostics it reported.</summary>
    public static (YamlMapping Root, IReadOnlyList<DiagnosticInfo> Diagnostics) Upgrade(string text)
    {
        var source = new ParseContext(GeneratorHarness.SpecPath, (YamlMapping)YamlTreeReader.Read(text)!);
        var upgraded = Swagger2Upgrader.Upgrade(source);
        return (upgraded.Root, upgraded.Diagnostics);
    }

    /// <summary>The node at a path of keys (sequence items by index), or an exception naming where the path stops.</summary>
    public static YamlNode At(YamlNode root, params string[] path)
    {
        var node = root;
        foreach (var part in path)
        {
            node = node switch
            {
                YamlMapping mapping => mapping[part],
                YamlSequence sequence when int.TryParse(part, CultureInfo.InvariantCulture, out var index) && index < sequence.Items.Count => sequence.Items[index],
                _ => null,
            } ?? throw new Xunit.Sdk.XunitException($"No '{part}' in {Json(node)}");
        }

        return node;
    }

    /// <summary>Compact JSON of a tree, keys in order; plain scalars that read as numbers, booleans or null are written bare.</summary>
    public static string Json(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlMapping mapping:
                text.Append('{');
                text.AppendJoin(',', mapping.Entries.Select(entry => JsonSerializer.Serialize(entry.Key.Value, Readable) + ":" + Json(entry.Value)));
                text.Append('}');
                break;
            case YamlSequence sequence:
                text.Append('[').AppendJoin(',', sequence.Items.Select(Json)).Append(']');
                break;
            case YamlScalar { IsNull: true }:
                text.Append("null");
                break;
            case YamlScalar scalar when scalar.IsPlain && (scalar.Value is "true" or "false" || double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)):
                text.Append(scalar.Value);
                break;
            case YamlScalar scalar:
                text.Append(JsonSerializer.Serialize(scalar.Value, Readable));
                break;
        }
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/> (after <paramref name="after"/>, when given).</summary>
    public static (int Line, int Column) Find(string text, string marker, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        var offset = start < 0 ? -1 : text.IndexOf(marker, start, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new InvalidOperationException($"'{marker}' is not in the spec");
        }

        var line = text.Take(offset).Count(character => character == '\n');
        var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1);
        return (line + 1, column + 1);
    }
}
