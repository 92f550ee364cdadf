using System.Collections.Generic;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>The fully qualified C# spelling of a <see cref="TypeRef"/>.</summary>
internal static class TypeNames
{
    private const int MaxRemembered = 16 * 1024;

    /// <summary>
    /// Names already spelt, per thread: every member of every file spells its type and converter, and building those
    /// strings anew was a large part of the emitter's garbage. Keyed by namespace, name and spelling; bounded.
    /// </summary>
    [System.ThreadStatic]
    private static Dictionary<(string Ns, string Name, Spelling Spelling), string>? s_spelt;

    [System.ThreadStatic]
    private static Dictionary<(string Ns, TypeRef Collection, bool Nullable), string>? s_collections;

    private enum Spelling
    {
        Type,
        NullableType,
        Converter,
    }

    public static string Of(TypeRef type, string ns, bool nullable)
    {
        if (type.Name is { } name && IsNamed(type.Kind))
        {
            return Spelt(ns, name, nullable ? Spelling.NullableType : Spelling.Type);
        }

        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            return Spelt(ns, type, nullable);
        }

        return nullable ? NullablePrimitive(type.Kind) ?? Core(type, ns) + "?" : Core(type, ns);
    }

    public static string Of(TypeRef type, string ns) => Of(type, ns, type.Nullable);

    /// <summary>The concrete type a reader builds (lists for arrays, dictionaries for maps).</summary>
    public static string Concrete(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.Array => $"global::System.Collections.Generic.List<{Of(type.Element!, ns)}>",
        _ => Core(type, ns),
    };

    public static string Converter(string typeName, string ns) => Spelt(ns, typeName, Spelling.Converter);

    private static bool IsNamed(TypeKind kind) => kind is TypeKind.Record or TypeKind.Enum or TypeKind.Union or TypeKind.ObjectUnion;

    private static string Spelt(string ns, string name, Spelling spelling)
    {
        var spelt = s_spelt ??= new Dictionary<(string, string, Spelling), string>();
        if (spelt.TryGetValue((ns, name, spelling), out var text))
        {
            return text;
        }

        if (spelt.Count >= MaxRemembered)
        {
            spelt.Clear();
        }

        text = spelling switch
        {
            Spelling.Type => $"global::{ns}.{name}",
            Spelling.NullableType => $"global::{ns}.{name}?",
            _ => $"global::{ns}.Serialization.{name}JsonConverter",
        };
        spelt[(ns, name, spelling)] = text;
        return text;
    }

    /// <summary>A list or map type, spelt once per thread (keyed by the whole type: its element decides the spelling).</summary>
    private static string Spelt(string ns, TypeRef collection, bool nullable)
    {
        var spelt = s_collections ??= new Dictionary<(string, TypeRef, bool), string>();
        if (spelt.TryGetValue((ns, collection, nullable), out var text))
        {
            return text;
        }

        if (spelt.Count >= MaxRemembered)
        {
            spelt.Clear();
        }

        text = Core(collection, ns) + (nullable ? "?" : string.Empty);
        spelt[(ns, collection, nullable)] = text;
        return text;
    }

    private static string? NullablePrimitive(TypeKind kind) => kind switch
    {
        TypeKind.String => "string?",
        TypeKind.Int32 => "int?",
        TypeKind.Int64 => "long?",
        TypeKind.Double => "double?",
        TypeKind.Single => "float?",
        TypeKind.Decimal => "decimal?",
        TypeKind.Boolean => "bool?",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset?",
        TypeKind.Guid => "global::System.Guid?",
        TypeKind.DateOnly => "global::System.DateOnly?",
        TypeKind.Bytes => "byte[]?",
        TypeKind.Json => "global::System.Text.Json.JsonElement?",
        _ => null,
    };

    private static string Core(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Single => "float",
        TypeKind.Decimal => "decimal",
        TypeKind.Boolean => "bool",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.DateOnly => "global::System.DateOnly",
        TypeKind.Bytes => "byte[]",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{Of(type.Element!, ns)}>",
        TypeKind.Map => $"global::System.Collections.Generic.Dictionary<string, {Of(type.Element!, ns)}>",
        _ => $"global::{ns}.{type.Name}",
    };
}
