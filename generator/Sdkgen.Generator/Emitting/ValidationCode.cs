using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// The checks that run before a request is sent. Each names the member it checks; the runtime's ValidationContext
/// knows where the value sits and builds the JSON path only for a problem it records.
/// </summary>
internal static class ValidationCode
{
    private const string Context = "global::Sdkgen.Runtime.ValidationContext";

    public static void EmitValidate(SourceWriter writer, string ns, RecordSpec record, string type)
    {
        writer.Line("/// <summary>Adds every way <paramref name=\"value\"/> breaks the schema to <paramref name=\"context\"/>.</summary>");
        writer.Open($"public static void Validate({type} value, {Context} context)");
        foreach (var property in record.Properties)
        {
            Member(writer, ns, property.Type, DocComments.Literal(property.JsonName), "value." + property.Name, property.Required, property.Constraints);
        }

        writer.Close();
    }

    /// <summary>The checks for one member or parameter; writes nothing for one that needs none.</summary>
    public static void Member(SourceWriter writer, string ns, TypeRef type, string name, string value, bool required, Constraints constraints)
    {
        if (required && !type.Nullable)
        {
            if (!type.IsValueType)
            {
                writer.Line($"context.Required({name}, {value});");
            }
            else if (type.Kind == TypeKind.Enum && type.Validates)
            {
                writer.Line($"if ({value} == default) context.Missing({name});");
            }
        }

        Constraints(writer, type, name, value, constraints);
        var nullable = type.Nullable || !required;
        switch (type.Kind)
        {
            case TypeKind.Double:
            case TypeKind.Single:
                writer.Line($"context.Finite({name}, {value});");
                break;
            case TypeKind.Record or TypeKind.ObjectUnion when Validates(type):
                writer.Line($"context.Member({name}, {value}, {TypeNames.Converter(type.Name!, ns)}.Validate);");
                break;
            case TypeKind.Union:
                // The type argument is spelled out: a non-nullable value (a path parameter) cannot infer it from T?.
                writer.Line($"context.MemberValue<{TypeNames.Of(type, ns, nullable: false)}>({name}, {value}, {TypeNames.Converter(type.Name!, ns)}.Validate);");
                break;
            case TypeKind.Enum when type.Validates && nullable:
                // A string enum's default holds no value. Any value it does hold is sent, known or not: the server decides.
                writer.Line($"if ({value} == default({TypeNames.Of(type, ns, nullable: false)})) context.Invalid({name}, {NoValue(type)});");
                break;
            case TypeKind.Array:
            case TypeKind.Map:
                var item = type.Element!;
                var itemCheck = ItemCheck(ns, item);
                if (itemCheck is not null || (!item.Nullable && !item.IsValueType))
                {
                    writer.Line($"context.{(type.Kind == TypeKind.Array ? "Items" : "Values")}({name}, {value}, {(item.Nullable ? "true" : "false")}, {itemCheck ?? "null"});");
                }

                break;
        }
    }

    /// <summary>Whether values of <paramref name="type"/> have anything to validate at all (records only when the parser said so).</summary>
    public static bool Validates(TypeRef type) => type.Kind switch
    {
        TypeKind.Record or TypeKind.ObjectUnion => type.Validates,
        TypeKind.Union or TypeKind.Double or TypeKind.Single => true,
        TypeKind.Enum => type.Validates,
        TypeKind.Array or TypeKind.Map => !type.Element!.Nullable && !type.Element.IsValueType || Validates(type.Element),
        _ => false,
    };

    /// <summary>A validation delegate for one list item or map value, or null when a null check is all it needs.</summary>
    /// <remarks>The runtime calls it for values that are not null only, so a nullable value type is unwrapped.</remarks>
    private static string? ItemCheck(string ns, TypeRef item)
    {
        var value = item.Nullable && item.IsValueType ? "v.GetValueOrDefault()" : "v";
        return item.Kind switch
        {
            TypeKind.Record or TypeKind.ObjectUnion when item.Validates && item.Nullable => $"static (v, c) => {TypeNames.Converter(item.Name!, ns)}.Validate(v!, c)",
            TypeKind.Record or TypeKind.ObjectUnion when item.Validates => $"{TypeNames.Converter(item.Name!, ns)}.Validate",
            TypeKind.Union when !item.Nullable => $"{TypeNames.Converter(item.Name!, ns)}.Validate",
            TypeKind.Union => $"static (v, c) => {TypeNames.Converter(item.Name!, ns)}.Validate({value}, c)",
            TypeKind.Enum when item.Validates => $"static (v, c) => {{ if ({value} == default) c.Invalid(null, {NoValue(item)}); }}",
            TypeKind.Double or TypeKind.Single => "static (v, c) => c.Finite(null, v)",
            _ => null,
        };
    }

    private static string NoValue(TypeRef type) => DocComments.Literal($"holds no value (a default {type.Name})");

    private static void Constraints(SourceWriter writer, TypeRef type, string name, string value, Constraints c)
    {
        if (c.IsEmpty)
        {
            return;
        }

        if (type.Kind == TypeKind.String)
        {
            Line(writer, c.MinLength, min => $"context.MinLength({name}, {value}, {min});");
            Line(writer, c.MaxLength, max => $"context.MaxLength({name}, {value}, {max});");
            if (c.Pattern is not null)
            {
                writer.Line($"context.Pattern({name}, {value}, {DocComments.Literal(c.Pattern)});");
            }

            if (c.Const is not null)
            {
                writer.Line($"context.Const({name}, {value}, {DocComments.Literal(c.Const)});");
            }
        }

        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            Line(writer, c.MinItems, min => $"context.MinItems({name}, {value}?.Count, {min});");
            Line(writer, c.MaxItems, max => $"context.MaxItems({name}, {value}?.Count, {max});");
        }

        if (type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal)
        {
            Bound(writer, type, name, value, "Minimum", c.Minimum, c.ExclusiveMinimum);
            Bound(writer, type, name, value, "Maximum", c.Maximum, c.ExclusiveMaximum);
        }
    }

    private static void Bound(SourceWriter writer, TypeRef type, string name, string value, string method, double? bound, bool exclusive)
    {
        if (bound is not { } limit)
        {
            return;
        }

        var flag = exclusive ? "true" : "false";
        var integral = type.Kind is TypeKind.Int32 or TypeKind.Int64 && limit == System.Math.Floor(limit) && System.Math.Abs(limit) < 9e15;
        writer.Line(integral
            ? $"context.{method}({name}, (long?){value}, {((long)limit).ToString(CultureInfo.InvariantCulture)}L, {flag});"
            : $"context.{method}({name}, (double?){value}, {limit.ToString("R", CultureInfo.InvariantCulture)}D, {flag});");
    }

    private static void Line(SourceWriter writer, int? limit, System.Func<string, string> text)
    {
        if (limit is { } value)
        {
            writer.Line(text(value.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
