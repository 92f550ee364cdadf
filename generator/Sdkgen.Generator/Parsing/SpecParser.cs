using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Sdkgen.Generator.Diagnostics;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>Spec text → <see cref="ApiSpec"/>. Never throws: every problem becomes a located diagnostic.</summary>
internal static class SpecParser
{
    public static ApiSpec Parse(SpecInput input, System.Threading.CancellationToken cancellationToken = default)
    {
        YamlNode? root;
        try
        {
            root = YamlTreeReader.Read(input.Text);
        }
        catch (YamlTreeReader.YamlSyntaxException e)
        {
            return Failed(input, DiagnosticInfo.Create(DiagnosticDescriptors.MalformedSpec, input.Path, e.Position, e.Position, FileName(input.Path), e.Message));
        }

        if (root is not YamlMapping document)
        {
            var at = root?.Start ?? default;
            return Failed(input, DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, input.Path, at, root?.End ?? at, FileName(input.Path), "the document is not a mapping"));
        }

        var version = document.String("openapi");
        var isOpenApi3 = version is not null && version.StartsWith("3.", StringComparison.Ordinal);
        var isSwagger2 = !isOpenApi3 && Swagger2.Swagger2Upgrader.IsSwagger2(document);
        if (!isOpenApi3 && !isSwagger2)
        {
            var why = document.String("swagger") is { } swagger
                ? $"Swagger {swagger} documents are not supported (only 2.0 and OpenAPI 3.x are)"
                : "it has no 'openapi: 3.x' or 'swagger: \"2.0\"' field";
            var at = (YamlNode?)document.KeyOf("openapi") ?? (YamlNode?)document.KeyOf("swagger") ?? document;
            return Failed(input, DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, input.Path, at.Start, at.End, FileName(input.Path), why));
        }

        var context = new ParseContext(input.Path, document, cancellationToken);
        try
        {
            if (isSwagger2)
            {
                // Read as the OpenAPI 3.0 document it amounts to; positions still point into the 2.0 text.
                context = Swagger2.Swagger2Upgrader.Upgrade(context);
            }

            return Read(input, context);
        }
#pragma warning disable CA1031 // The generator must never crash the compiler; report and go on.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            context.Report(DiagnosticDescriptors.InvalidSchema, document, "The spec", $"the generator failed on it ({e.GetType().Name}: {e.Message})");
            return Failed(input, context.Diagnostics.ToArray());
        }
    }

    private static ApiSpec Read(SpecInput input, ParseContext context)
    {
        var document = context.Root;
        var info = document.Mapping("info");
        var title = info?.String("title");
        var defaultName = Identifier.Pascal(title ?? System.IO.Path.GetFileNameWithoutExtension(input.Path));
        var ns = Option(context, input.Namespace, "SdkgenNamespace", "namespace", isNamespace: true) ?? defaultName;
        var clientName = Option(context, input.ClientName, "SdkgenClientName", "type name", isNamespace: false)
            ?? (defaultName.EndsWith("Client", StringComparison.Ordinal) ? defaultName : defaultName + "Client");

        if (!input.OptionsVisible)
        {
            context.Report(DiagnosticDescriptors.OptionsNotVisible, (YamlNode?)document.KeyOf("openapi") ?? document, FileName(input.Path), ns, clientName);
        }

        var visibility = Visibility(context, input.Visibility);
        var auth = AuthReader.Read(context);
        // Names the generator itself uses; a schema named like one gets a suffix instead of a compile error.
        var schemas = new SchemaReader(context, new[] { clientName, clientName + "Options", clientName + "ServiceCollectionExtensions", "Serialization" });
        var filter = OperationFilter.Parse(input.Include, input.Exclude);
        if (filter.IsEmpty)
        {
            // The whole spec: every component, used or not, so the SDK mirrors it. A subset gets what it reaches.
            schemas.ReadAllComponents();
        }

        var read = new OperationReader(context, schemas, auth, filter).ReadAll();
        foreach (var (kind, pattern) in filter.Unused())
        {
            context.Report(DiagnosticDescriptors.UnusedFilter, (YamlNode?)document.KeyOf("paths") ?? document, kind, pattern, FileName(input.Path));
        }

        schemas.DrainRecords();
        var byName = schemas.Records.ToDictionary(record => record.Name, StringComparer.Ordinal);
        var paged = read.Select(item => item.Spec with { Pagination = PaginationReader.Read(item.Spec, item.Node, byName) }).ToList();
        var (records, objectUnions, operations) = ValidationPlanner.Plan(schemas.Records, schemas.ObjectUnions, paged);

        return new ApiSpec(
            ns,
            clientName,
            title,
            info?.String("description"),
            auth,
            records.OrderBy(record => record.Name, StringComparer.Ordinal).ToEquatableArray(),
            schemas.Enums.OrderBy(item => item.Name, StringComparer.Ordinal).ToEquatableArray(),
            schemas.Unions.OrderBy(union => union.Name, StringComparer.Ordinal).ToEquatableArray(),
            objectUnions.OrderBy(union => union.Name, StringComparer.Ordinal).ToEquatableArray(),
            operations.ToEquatableArray(),
            context.Diagnostics.ToEquatableArray(),
            visibility);
    }

    private static string Visibility(ParseContext context, string? value)
    {
        if (value is null || value.Equals("public", StringComparison.OrdinalIgnoreCase))
        {
            return "public";
        }

        if (value.Equals("internal", StringComparison.OrdinalIgnoreCase))
        {
            return "internal";
        }

        context.Report(DiagnosticDescriptors.InvalidIdentifierOption, context.Root, "SdkgenVisibility", value, "visibility (use public or internal)");
        return "public";
    }

    private static string? Option(ParseContext context, string? value, string metadataName, string what, bool isNamespace)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = isNamespace ? value!.Split('.') : new[] { value! };
        if (parts.All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None))
        {
            return value;
        }

        context.Report(DiagnosticDescriptors.InvalidIdentifierOption, context.Root, $"{metadataName} {what}", value!, what);
        return null;
    }

    private static ApiSpec Failed(SpecInput input, params DiagnosticInfo[] diagnostics) => new(
        "Sdkgen.Invalid",
        "InvalidClient",
        null,
        null,
        null,
        EquatableArray<RecordSpec>.Empty,
        EquatableArray<EnumSpec>.Empty,
        EquatableArray<UnionSpec>.Empty,
        EquatableArray<ObjectUnionSpec>.Empty,
        EquatableArray<OperationSpec>.Empty,
        diagnostics.ToEquatableArray());

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}
