using System.Globalization;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>Emits the checks that run before a request is sent, each reporting its JSON path to a ValidationContext.</summary>
internal static class ValidationCode
{
    private const string JsonPath = "global::Sdkgen.Runtime.JsonPath";

    public static void EmitValidate(SourceWriter writer, string ns, RecordSpec record, string type)
    {
        writer.Line("/// <summary>Adds every way <paramref name=\"value\"/> breaks the schema's constraints to <paramref name=\"context\"/>.</summary>");
        writer.Open($"public static void Validate({type} value, global::Sdkgen.Runtime.ValidationContext context, string path)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(context);");
        var counter = 0;
        foreach (var property in record.Properties)
        {
            var at = $"{JsonPath}.Property(path, {DocComments.Literal(property.JsonName)})";
            var value = "value." + property.Name;
            if (property.Required && !property.Type.Nullable && !property.Type.IsValueType)
            {
                writer.Line($"context.Required({at}, {value});");
            }

            Emit(writer, ns, property.Type, value, at, property.Constraints, ref counter);
        }

        writer.Close();
    }

    /// <summary>Checks for one value (a parameter, property or collection item); does nothing for values that need none.</summary>
    public static void Emit(SourceWriter writer, string ns, TypeRef type, string value, string at, Constraints constraints, ref int counter)
    {
        EmitConstraints(writer, type, value, at, constraints);
        if (!NeedsValidation(type))
        {
            return;
        }

        // Non-nullable members can still hold null at run time (null!), so every check is guarded.
        var local = "v" + (counter++).ToString(CultureInfo.InvariantCulture);
        writer.Open($"if ({value} is {{ }} {local})");

        switch (type.Kind)
        {
            case TypeKind.Union:
                writer.Open($"if (!{TypeNames.Converter(type.Name!, ns)}.IsValid({local}))")
                    .Line($"context.Invalid({at}, \"must hold a value that JSON can carry (not default, not NaN or infinity)\");")
                    .Close();
                break;
            case TypeKind.Double:
            case TypeKind.Single:
                writer.Open($"if (!{(type.Kind == TypeKind.Single ? "float" : "double")}.IsFinite({local}))")
                    .Line($"context.Invalid({at}, \"must be a finite number (JSON has no NaN or infinity)\");")
                    .Close();
                break;
            case TypeKind.Record:
            case TypeKind.ObjectUnion:
                writer.Line($"{TypeNames.Converter(type.Name!, ns)}.Validate({local}, context, {at});");
                break;
            case TypeKind.Enum:
                writer.Open($"if (!{TypeNames.Converter(type.Name!, ns)}.IsDefined({local}))")
                    .Line($"context.Invalid({at}, {DocComments.Literal($"is not a known {type.Name} value")});")
                    .Close();
                break;
            case TypeKind.Array:
                var index = "i" + (counter++).ToString(CultureInfo.InvariantCulture);
                var listPath = Hoist(writer, at, ref counter);
                writer.Open($"for (var {index} = 0; {index} < {local}.Count; {index}++)");
                var itemPath = Hoist(writer, $"{JsonPath}.Index({listPath}, {index})", ref counter);
                RequireItem(writer, type.Element!, $"{local}[{index}]", itemPath);
                Emit(writer, ns, type.Element!, $"{local}[{index}]", itemPath, Constraints.None, ref counter);
                writer.Close();
                break;
            case TypeKind.Map:
                var pair = "pair" + (counter++).ToString(CultureInfo.InvariantCulture);
                var mapPath = Hoist(writer, at, ref counter);
                writer.Open($"foreach (var {pair} in {local})");
                var valuePath = Hoist(writer, $"{JsonPath}.Property({mapPath}, {pair}.Key)", ref counter);
                RequireItem(writer, type.Element!, $"{pair}.Value", valuePath);
                Emit(writer, ns, type.Element!, $"{pair}.Value", valuePath, Constraints.None, ref counter);
                writer.Close();
                break;
        }

        writer.Close();
    }

    /// <summary>Builds a JSON path once, outside the loop or check that uses it, rather than once per use.</summary>
    private static string Hoist(SourceWriter writer, string pathExpression, ref int counter)
    {
        var local = "path" + (counter++).ToString(CultureInfo.InvariantCulture);
        writer.Line($"var {local} = {pathExpression};");
        return local;
    }

    /// <summary>A collection item that may not be null, but is (null! or a list built by hand).</summary>
    private static void RequireItem(SourceWriter writer, TypeRef item, string value, string at)
    {
        if (!item.Nullable && !item.IsValueType)
        {
            writer.Line($"context.Required({at}, {value});");
        }
    }

    private static bool NeedsValidation(TypeRef type) => type.Kind switch
    {
        TypeKind.Record or TypeKind.ObjectUnion or TypeKind.Enum or TypeKind.Union or TypeKind.Double or TypeKind.Single => true,
        TypeKind.Array or TypeKind.Map => NeedsValidation(type.Element!),
        _ => false,
    };

    private static void EmitConstraints(SourceWriter writer, TypeRef type, string value, string at, Constraints c)
    {
        if (c.IsEmpty)
        {
            return;
        }

        if (type.Kind == TypeKind.String)
        {
            Line(writer, c.MinLength, min => $"context.MinLength({at}, {value}, {min});");
            Line(writer, c.MaxLength, max => $"context.MaxLength({at}, {value}, {max});");
            if (c.Pattern is not null)
            {
                writer.Line($"context.Pattern({at}, {value}, {DocComments.Literal(c.Pattern)});");
            }
        }

        if (type.Kind is TypeKind.Array or TypeKind.Map)
        {
            Line(writer, c.MinItems, min => $"context.MinItems({at}, {value}?.Count, {min});");
            Line(writer, c.MaxItems, max => $"context.MaxItems({at}, {value}?.Count, {max});");
        }

        if (type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal)
        {
            Bound(writer, type, value, at, "Minimum", c.Minimum, c.ExclusiveMinimum);
            Bound(writer, type, value, at, "Maximum", c.Maximum, c.ExclusiveMaximum);
        }
    }

    private static void Bound(SourceWriter writer, TypeRef type, string value, string at, string method, double? bound, bool exclusive)
    {
        if (bound is not { } limit)
        {
            return;
        }

        var flag = exclusive ? "true" : "false";
        var integral = type.Kind is TypeKind.Int32 or TypeKind.Int64 && limit == System.Math.Floor(limit) && System.Math.Abs(limit) < 9e15;
        writer.Line(integral
            ? $"context.{method}({at}, (long?){value}, {((long)limit).ToString(CultureInfo.InvariantCulture)}L, {flag});"
            : $"context.{method}({at}, (double?){value}, {limit.ToString("R", CultureInfo.InvariantCulture)}D, {flag});");
    }

    private static void Line(SourceWriter writer, int? limit, System.Func<string, string> text)
    {
        if (limit is { } value)
        {
            writer.Line(text(value.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
