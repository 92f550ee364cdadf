using System.Collections.Generic;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// C# expressions that read and write one value of a <see cref="TypeRef"/> with Utf8JsonReader/Utf8JsonWriter: no
/// reflection, no boxing; generated types go through their converters' static methods, the rest through the
/// runtime's JsonRead/JsonWrite helpers. Converter files alias those helpers (see <see cref="Aliases"/>).
/// </summary>
internal sealed class JsonCode
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    private const string Null = "global::System.Text.Json.JsonTokenType.Null";

    /// <summary>Bounds each per-thread memo of expressions in a long-lived compiler or IDE process.</summary>
    private const int MaxRemembered = 16 * 1024;

    // Expressions already spelt on this thread, one set per spelling of the runtime helpers (see Spellings).
    [System.ThreadStatic]
    private static Spellings? s_aliased;

    [System.ThreadStatic]
    private static Spellings? s_qualified;

    private readonly string _ns;
    private readonly string _read;
    private readonly string _write;
    private readonly Spellings _spellings;

    /// <param name="ns">The SDK's namespace.</param>
    /// <param name="qualified">Spell the runtime helpers out in full, for files that do not declare <see cref="Aliases"/>.</param>
    public JsonCode(string ns, bool qualified = false)
    {
        _ns = ns;
        _read = qualified ? "global::Sdkgen.Runtime.Json.JsonRead" : "JsonRead";
        _write = qualified ? "global::Sdkgen.Runtime.Json.JsonWrite" : "JsonWrite";
        ref var spellings = ref qualified ? ref s_qualified : ref s_aliased;
        if (spellings?.Ns != ns)
        {
            spellings = new Spellings(ns);
        }

        _spellings = spellings!;
    }

    /// <summary>The using aliases a file needs for the short helper names below.</summary>
    public static readonly string[] Aliases =
    [
        "using JsonRead = global::Sdkgen.Runtime.Json.JsonRead;",
        "using JsonWrite = global::Sdkgen.Runtime.Json.JsonWrite;",
    ];

    /// <summary>
    /// The switch case that reads member <paramref name="index"/> into its nullable local (JSON null leaves it null),
    /// written straight into the file: one line per member of every record.
    /// </summary>
    public void ReadCase(SourceWriter writer, int index, TypeRef type, string local)
    {
        if (type.Kind is TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union)
        {
            writer.Line($"case {index}: if (reader.TokenType != {Null}) {local} = {Converter(type)}.ReadValue(ref reader); break;");
        }
        else
        {
            writer.Line($"case {index}: {local} = {Spelt(Expression.ReadOrNull, type)}; break;");
        }
    }

    /// <summary>Reads the value the reader is on as a nullable value: JSON null reads as null.</summary>
    private string SpellReadOrNull(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "reader.GetString()",
        TypeKind.Json when !type.Nullable => $"{_read}.Element(ref reader)",
        TypeKind.Array => $"{_read}.List(ref reader, {ItemReader(type.Element!)})",
        TypeKind.Map => $"{_read}.Map(ref reader, {ItemReader(type.Element!)})",
        TypeKind.Record or TypeKind.ObjectUnion => $"{_read}.OrNull(ref reader, {Converter(type)}.ReadValue)",
        TypeKind.Enum or TypeKind.Union => $"{_read}.ValueOrNull(ref reader, {Converter(type)}.ReadValue)",
        _ => $"{_read}.{Primitive(type.Kind)}OrNull(ref reader)",
    };

    /// <summary>A <c>JsonReadFunc&lt;T&gt;</c> for list items and map values of <paramref name="type"/> (null only where it may be).</summary>
    public string ItemReader(TypeRef type) => Spelt(Expression.ItemReader, type);

    private string SpellItemReader(TypeRef type)
    {
        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            var collection = type.Kind == TypeKind.Array ? "List" : "Map";
            var read = $"{_read}.{collection}(ref r, {ItemReader(type.Element!)})";
            var body = type.Nullable ? read : $"{read} ?? throw {_read}.Unexpected(ref r, \"{(type.Kind == TypeKind.Array ? "an array" : "an object")}\")";
            return $"static {TypeNames.Of(type, _ns)} (ref {Reader} r) => {body}";
        }

        if (type.Kind is TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union)
        {
            // A null item is checked here, not through JsonRead.ValueOrNull and a second delegate per item.
            return type.Nullable
                ? $"static (ref {Reader} r) => r.TokenType == {Null} ? ({TypeNames.Of(type, _ns)})null : {Converter(type)}.ReadValue(ref r)"
                : $"{Converter(type)}.ReadValue";
        }

        return $"{_read}.{Primitive(type.Kind)}{(type.Nullable ? "OrNull" : string.Empty)}";
    }

    /// <summary>An <c>Action&lt;Utf8JsonWriter, T&gt;</c> that writes a value of <paramref name="type"/> (JSON null for null where it may be).</summary>
    public string WriteFunction(TypeRef type) => Spelt(Expression.WriteFunction, type);

    private string SpellWriteFunction(TypeRef type)
    {
        if (type.Nullable)
        {
            var inner = WriteFunction(type.AsNonNullable());
            return $"static (w, v) => {_write}.{(type.IsValueType ? "ValueOrNull" : "OrNull")}(w, v, {inner})";
        }

        return type.Kind switch
        {
            TypeKind.Array or TypeKind.Map => $"static (w, v) => {CollectionCall(type, "w", "v")}",
            // A lambda, not the method group: a delegate to a static method is called through a shuffle thunk, and the
            // lambda (an instance method on a cached closure) can inline a small WriteValue. Measured: about 7 % off
            // writing the submit body (docs/benchmarks.md).
            TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union => $"static (w, v) => {Converter(type)}.WriteValue(w, v)",
            _ => $"{_write}.{Primitive(type.Kind)}",
        };
    }

    /// <summary>The call that writes <paramref name="value"/>, a non-null <paramref name="type"/>, to <c>writer</c>.</summary>
    public string WriteCall(TypeRef type, string value)
    {
        var (head, tail) = WriteCallParts(type);
        return head + value + tail;
    }

    /// <summary>What <see cref="WriteCall"/> writes before and after the value, for a line to write the value between.</summary>
    private (string Head, string Tail) WriteCallParts(TypeRef type) => (Spelt(Expression.WriteCallHead, type), Spelt(Expression.WriteCallTail, type));

    /// <summary>What <see cref="WriteCall"/> writes before and after the value: spelt once per type, not per member.</summary>
    private string SpellWriteCall(TypeRef type, bool head) => type.Kind switch
    {
        TypeKind.Array or TypeKind.Map => head ? $"{_write}.{(type.Kind == TypeKind.Array ? "List" : "Map")}(writer, " : $", {WriteFunction(type.Element!)})",
        TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union => head ? $"{Converter(type)}.WriteValue(writer, " : ")",
        _ => head ? $"{_write}.{Primitive(type.Kind)}(writer, " : ")",
    };

    private string CollectionCall(TypeRef type, string writer, string value) =>
        $"{_write}.{(type.Kind == TypeKind.Array ? "List" : "Map")}({writer}, {value}, {WriteFunction(type.Element!)})";

    /// <summary>
    /// Writes the statement that writes member <paramref name="index"/> (<c>value.</c><paramref name="property"/>):
    /// <paramref name="present"/> members are always written (JSON null when a nullable one is null), the others only
    /// when they are not null. <paramref name="local"/> names the member's value once it is known not to be null
    /// (unique in the method). Written straight into the file: one line per member of every record.
    /// </summary>
    public void WriteMember(SourceWriter writer, TypeRef type, int index, string property, string local, bool present)
    {
        var core = type.AsNonNullable();
        if (present && !type.Nullable)
        {
            // Helpers with one name each (StringMember, Int64Member, ...): no overload resolution over Utf8JsonWriter's.
            if (type.Kind is TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Int32 or TypeKind.Int64
                or TypeKind.Double or TypeKind.Single or TypeKind.Decimal or TypeKind.Boolean)
            {
                writer.Line($"{_write}.{Primitive(type.Kind)}Member(writer, Names[{index}], value.{property});");
            }
            else
            {
                var (head, tail) = WriteCallParts(core);
                writer.Line($"writer.WritePropertyName(Names[{index}]); {head}value.{property}{tail};");
            }
        }
        else if (present)
        {
            if (type.Kind == TypeKind.String)
            {
                writer.Line($"{_write}.StringMember(writer, Names[{index}], value.{property});");
            }
            else
            {
                var (head, tail) = WriteCallParts(core);
                writer.Line($"writer.WritePropertyName(Names[{index}]); if (value.{property} is {{ }} {local}) {head}{local}{tail}; else writer.WriteNullValue();");
            }
        }
        else if (type.Kind is TypeKind.String or TypeKind.Int64 or TypeKind.Int32 or TypeKind.Double or TypeKind.Boolean)
        {
            writer.Line($"{_write}.Optional{Primitive(type.Kind)}(writer, Names[{index}], value.{property});");
        }
        else
        {
            // Other members are written in place, not through a generic helper and a value-writer delegate: no delegate
            // call per member at run time, and no generic inference or lambda for the compiler to bind.
            var (head, tail) = WriteCallParts(core);
            writer.Line($"if (value.{property} is {{ }} {local}) {{ writer.WritePropertyName(Names[{index}]); {head}{local}{tail}; }}");
        }
    }

    private enum Expression
    {
        ReadOrNull,
        ItemReader,
        WriteFunction,
        WriteCallHead,
        WriteCallTail,
    }

    private string Spelt(Expression expression, TypeRef type) =>
        ThreadMemo.Get(ref _spellings.ByExpression[(int)expression], type, MaxRemembered, (Code: this, Expression: expression), static (t, s) => s.Code.Spell(s.Expression, t));

    private string Spell(Expression expression, TypeRef type) => expression switch
    {
        Expression.ReadOrNull => SpellReadOrNull(type),
        Expression.ItemReader => SpellItemReader(type),
        Expression.WriteFunction => SpellWriteFunction(type),
        _ => SpellWriteCall(type, head: expression == Expression.WriteCallHead),
    };

    /// <summary>
    /// The expressions spelt for one namespace: each member of every converter spells its reader or writer, and the
    /// same few types (string, a list of strings, a common record) recur across a spec's thousands of members. Keyed by
    /// the type alone (a class), so each memo is a dictionary the compiler's shared code runs, not one a cold compiler JITs
    /// over a struct key.
    /// </summary>
    private sealed class Spellings(string ns)
    {
        public string Ns { get; } = ns;

        public Dictionary<TypeRef, string>?[] ByExpression { get; } = new Dictionary<TypeRef, string>?[(int)Expression.WriteCallTail + 1];
    }

    public string Converter(TypeRef type) => TypeNames.Converter(type.Name!, _ns);

    private static string Primitive(TypeKind kind) => kind switch
    {
        TypeKind.String => "String",
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.Double => "Double",
        TypeKind.Single => "Single",
        TypeKind.Decimal => "Decimal",
        TypeKind.Boolean => "Boolean",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.Guid => "Guid",
        TypeKind.DateOnly => "DateOnly",
        TypeKind.Bytes => "Bytes",
        _ => "Element",
    };
}
