using System.Collections.Generic;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

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

    private static string Spelt(string ns, string name, Spelling spelling) =>
        ThreadMemo.Get(ref s_spelt, (Ns: ns, Name: name, Spelling: spelling), MaxRemembered, static key => key.Spelling switch
        {
            Spelling.Type => $"global::{key.Ns}.{key.Name}",
            Spelling.NullableType => $"global::{key.Ns}.{key.Name}?",
            _ => $"global::{key.Ns}.Serialization.{key.Name}JsonConverter",
        });

    /// <summary>A list or map type, spelt once per thread (keyed by the whole type: its element decides the spelling).</summary>
    private static string Spelt(string ns, TypeRef collection, bool nullable) =>
        ThreadMemo.Get(ref s_collections, (Ns: ns, Collection: collection, Nullable: nullable), MaxRemembered, static key => Core(key.Collection, key.Ns) + (key.Nullable ? "?" : string.Empty));

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
