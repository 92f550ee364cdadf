using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Decides which records and object unions get a Validate method: those a request body can reach that have
/// something to check (a required member, a constraint, a number JSON cannot carry, an enum or union value) either
/// themselves or in a member's type. Response-only types, which are most of a large API, get none.
/// </summary>
internal static class ValidationPlanner
{
    public static (List<RecordSpec> Records, List<ObjectUnionSpec> Unions, List<OperationSpec> Operations) Plan(
        IReadOnlyList<RecordSpec> records, IReadOnlyList<ObjectUnionSpec> unions, IReadOnlyList<OperationSpec> operations)
    {
        var recordsByName = records.ToDictionary(record => record.Name, StringComparer.Ordinal);
        var unionsByName = unions.ToDictionary(union => union.Name, StringComparer.Ordinal);
        var reachable = Reachable(operations.Select(operation => operation.Body), recordsByName, unionsByName);

        // Start from the types with checks of their own, then add those that contain one, until nothing changes.
        var validating = new HashSet<string>(
            records.Where(record => reachable.Contains(record.Name) && record.Properties.Any(HasOwnChecks)).Select(record => record.Name),
            StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var record in records.Where(record => reachable.Contains(record.Name) && !validating.Contains(record.Name)))
            {
                if (record.Properties.Any(property => Contains(property.Type, validating)))
                {
                    changed |= validating.Add(record.Name);
                }
            }

            foreach (var union in unions.Where(union => reachable.Contains(union.Name) && !validating.Contains(union.Name)))
            {
                if (union.Variants.Any(variant => validating.Contains(variant.RecordName)))
                {
                    changed |= validating.Add(union.Name);
                }
            }
        }

        TypeRef Mark(TypeRef type) => type with
        {
            Validates = type.Kind is TypeKind.Record or TypeKind.ObjectUnion && validating.Contains(type.Name!),
            Element = type.Element is null ? null : Mark(type.Element),
        };

        return (
            records.Select(record => record with
            {
                Validates = validating.Contains(record.Name),
                Properties = record.Properties.Select(property => property with { Type = Mark(property.Type) }).ToEquatableArray(),
            }).ToList(),
            unions.Select(union => union with
            {
                Validates = validating.Contains(union.Name),
                Variants = union.Variants.Select(variant => variant with { Validates = validating.Contains(variant.RecordName) }).ToEquatableArray(),
            }).ToList(),
            operations.Select(operation => operation with { Body = operation.Body is null ? null : Mark(operation.Body) }).ToList());
    }

    private static bool HasOwnChecks(PropertySpec property)
    {
        var type = property.Type;
        if (property.Required && !type.Nullable && (!type.IsValueType || type.Kind == TypeKind.Enum))
        {
            return true;
        }

        return !property.Constraints.IsEmpty || NeedsItemCheck(type);
    }

    private static bool NeedsItemCheck(TypeRef type) => type.Kind switch
    {
        TypeKind.Enum or TypeKind.Union or TypeKind.Double or TypeKind.Single => true,
        TypeKind.Array or TypeKind.Map => !type.Element!.Nullable && !type.Element.IsValueType || NeedsItemCheck(type.Element),
        _ => false,
    };

    private static bool Contains(TypeRef type, HashSet<string> names) =>
        type.Kind is TypeKind.Record or TypeKind.ObjectUnion && names.Contains(type.Name!)
        || type.Element is { } element && Contains(element, names);

    private static HashSet<string> Reachable(IEnumerable<TypeRef?> roots, Dictionary<string, RecordSpec> records, Dictionary<string, ObjectUnionSpec> unions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(roots.Where(root => root is not null)!);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }

            if (type.Name is not { } name || !seen.Add(name))
            {
                continue;
            }

            if (records.TryGetValue(name, out var record))
            {
                foreach (var property in record.Properties)
                {
                    pending.Push(property.Type);
                }
            }
            else if (unions.TryGetValue(name, out var union))
            {
                foreach (var variant in union.Variants)
                {
                    pending.Push(new TypeRef(TypeKind.Record, variant.RecordName));
                }
            }
        }

        return seen;
    }
}
