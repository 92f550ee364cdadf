using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Reads <c>enum</c> schemas into extensible enums of strings, integers or numbers (a <c>null</c> value makes the use
/// nullable). Member names come from <c>x-fern-enum</c>, <c>x-enum-varnames</c> or <c>x-enumNames</c>, else the value.
/// A boolean enum stays <c>bool</c>; an enum mixing kinds of value is typed as raw JSON, with a diagnostic.
/// </summary>
internal sealed class EnumReader
{
    private readonly ParseContext _context;
    private readonly TypeNamer _names;

    public EnumReader(ParseContext context, TypeNamer names)
    {
        _context = context;
        _names = names;
    }

    public List<EnumSpec> Enums { get; } = new();

    /// <summary>Inline enums by their values and names: structurally identical ones are one type (the first one's name).</summary>
    private readonly Dictionary<string, string> _inlineEnums = new(StringComparer.Ordinal);

    public TypeRef EnumOf(YamlMapping core, YamlSequence values, string nameHint, YamlMapping outer)
    {
        var items = new List<(int Index, YamlScalar Scalar, YamlMapping? Item)>();
        var nullable = false;
        for (var i = 0; i < values.Items.Count; i++)
        {
            // Fern writes enum items as "- value: x" (with optional description).
            var item = values.Items[i];
            var scalar = item as YamlScalar ?? (item as YamlMapping)?["value"] as YamlScalar;
            if (scalar is null || scalar.IsNull)
            {
                nullable |= scalar is not null;
                continue;
            }

            items.Add((i, scalar, item as YamlMapping));
        }

        var kind = KindOf(core, items.Select(item => item.Scalar).ToList());
        if (kind is null)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, core.KeyOf("enum")!, "An enum mixing kinds of value (strings, numbers, booleans)", $"'{nameHint}' is typed as raw JSON (JsonElement)");
            return nullable ? TypeRef.Of(TypeKind.Json).AsNullable() : TypeRef.Of(TypeKind.Json);
        }

        if (kind == TypeKind.Boolean || items.Count == 0)
        {
            var primitive = TypeRef.Of(kind == TypeKind.Boolean ? TypeKind.Boolean : TypeKind.String);
            return nullable ? primitive.AsNullable() : primitive;
        }

        var fernEnum = core.Mapping("x-fern-enum");
        var varNames = core.Sequence("x-enum-varnames") ?? core.Sequence("x-enumNames");
        var descriptions = core.Sequence("x-enum-descriptions") ?? core.Sequence("x-enumDescriptions");
        var wireValues = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<(string Wire, string Preferred, string? Description, bool Deprecated)>();
        foreach (var (index, scalar, item) in items)
        {
            var wire = Canonical(kind.Value, scalar.Value);
            if (!wireValues.Add(wire))
            {
                continue;
            }

            var itemInfo = fernEnum?.Mapping(scalar.Value);
            var declaredName = itemInfo?.String("name") ?? At(varNames, index);
            kept.Add((
                wire,
                declaredName ?? (kind == TypeKind.String ? wire : NumberName(wire)),
                item?.String("description") ?? itemInfo?.String("description") ?? At(descriptions, index),
                SchemaFacts.IsDeprecated(item) || SchemaFacts.IsDeprecated(itemInfo)));
        }

        var inline = !_names.IsComponent(nameHint);
        var shape = inline ? Shape(kind.Value, kept.Select(member => (member.Wire, member.Preferred, member.Deprecated))) : null;
        if (shape is not null && _inlineEnums.TryGetValue(shape, out var existing))
        {
            var same = new TypeRef(TypeKind.Enum, existing, Validates: kind == TypeKind.String);
            return nullable ? same.AsNullable() : same;
        }

        var name = _names.Claim(nameHint);
        if (shape is not null)
        {
            _inlineEnums[shape] = name;
        }

        var names = EnumMemberNames.For(name, kept.Select(member => member.Preferred).ToList());
        var members = kept.Select((member, i) => new EnumMemberSpec(names[i], member.Wire, member.Description, member.Deprecated));
        Enums.Add(new EnumSpec(name, SchemaFacts.Describe(outer, core), SchemaFacts.IsDeprecated(outer) || SchemaFacts.IsDeprecated(core), kind.Value, members.ToEquatableArray()));

        // Only a string enum's default holds no value; a number enum's default is 0, a value like any other.
        var type = new TypeRef(TypeKind.Enum, name, Validates: kind == TypeKind.String);
        return nullable ? type.AsNullable() : type;
    }

    /// <summary>
    /// What the values are: the declared type where there is one (and they fit it), otherwise what every unquoted value
    /// spells. Null when they mix kinds (or do not fit the declared type).
    /// </summary>
    private static TypeKind? KindOf(YamlMapping core, List<YamlScalar> values)
    {
        var declared = SchemaFacts.NonNullTypes(core);
        if (declared.Count > 1)
        {
            return null;
        }

        var kinds = values.Select(value => ValueKind(value)).Distinct().ToList();
        switch (declared.FirstOrDefault())
        {
            case "string":
                return TypeKind.String;
            case "integer":
                return kinds.All(kind => kind == TypeKind.Int64) ? IntegerKind(core, values) : null;
            case "number":
                return kinds.All(kind => kind is TypeKind.Int64 or TypeKind.Double) ? TypeKind.Double : null;
            case "boolean":
                return kinds.All(kind => kind == TypeKind.Boolean) ? TypeKind.Boolean : null;
            case null:
                return kinds.Count switch
                {
                    0 => TypeKind.String,
                    1 when kinds[0] == TypeKind.Int64 => IntegerKind(core, values),
                    1 => kinds[0],
                    2 when kinds.Contains(TypeKind.Int64) && kinds.Contains(TypeKind.Double) => TypeKind.Double,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static TypeKind IntegerKind(YamlMapping core, List<YamlScalar> values)
        => core.String("format") == "int32" && values.All(value => int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            ? TypeKind.Int32
            : TypeKind.Int64;

    /// <summary>What one value spells: quoted text is a string; an unquoted one may be an integer, a number or a boolean.</summary>
    private static TypeKind ValueKind(YamlScalar value)
    {
        if (!value.IsPlain)
        {
            return TypeKind.String;
        }

        if (long.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return TypeKind.Int64;
        }

        if (double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number) && !double.IsNaN(number))
        {
            return TypeKind.Double;
        }

        return value.Value is "true" or "false" ? TypeKind.Boolean : TypeKind.String;
    }

    /// <summary>The wire text: strings as they are; numbers in the invariant form C# accepts as a literal ("1.0" → "1", "+2" → "2").</summary>
    private static string Canonical(TypeKind kind, string text) => kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        TypeKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => text,
    };

    /// <summary>"1" → "Value1", "-1" → "ValueMinus1", "1.5" → "Value1_5" (after <see cref="Identifier.Pascal(string)"/>).</summary>
    private static string NumberName(string wire) => wire.StartsWith("-", StringComparison.Ordinal) ? "ValueMinus" + wire.Substring(1) : "Value" + wire;

    private static string Shape(TypeKind kind, IEnumerable<(string Wire, string Preferred, bool Deprecated)> members)
        => kind + "\u0000" + string.Join("\u0000", members.Select(member => member.Wire + "\u0001" + member.Preferred + (member.Deprecated ? "\u0001d" : string.Empty)));

    private static string? At(YamlSequence? sequence, int index)
        => sequence is not null && index < sequence.Items.Count && sequence.Items[index] is YamlScalar { IsNull: false } scalar && scalar.Value.Length > 0 ? scalar.Value : null;
}
