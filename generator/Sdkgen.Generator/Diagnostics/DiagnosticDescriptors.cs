using Microsoft.CodeAnalysis;

namespace Sdkgen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports; ids are listed in AnalyzerReleases.Unshipped.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Sdkgen";

    public static readonly DiagnosticDescriptor MalformedSpec = new(
        "SDKG001", "Spec file cannot be read", "The spec file '{0}' is not valid YAML or JSON: {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotOpenApi = new(
        "SDKG002", "Not an OpenAPI document", "The spec file '{0}' is not an OpenAPI 3.x or Swagger 2.0 document: {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "SDKG003", "Unresolved $ref", "The reference '{0}' does not resolve to anything in the spec; '{1}' is typed as raw JSON", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "SDKG004", "Unsupported construct skipped", "{0} is not supported yet and was skipped: {1}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidIdentifierOption = new(
        "SDKG005", "Invalid Sdkgen option", "The {0} '{1}' is not a valid C# {2}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateOperation = new(
        "SDKG006", "Duplicate operation name", "Operation '{0}' has the same C# name as another operation in its group and was renamed to '{1}'", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidSchema = new(
        "SDKG007", "Invalid schema", "{0} is invalid: {1}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OptionsNotVisible = new(
        "SDKG008",
        "Sdkgen options are invisible to the generator",
        "The Sdkgen build props are not imported, so per-file options on '{0}' (SdkgenNamespace, SdkgenClientName, SdkgenVisibility) cannot reach the generator; it used namespace '{1}' and client '{2}'. Reference the Sdkgen NuGet package, which imports them, or import build/Sdkgen.props from it.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusedFilter = new(
        "SDKG009", "Filter pattern matches nothing", "The {0} pattern '{1}' matches no operation of '{2}'", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "SDKG001" => MalformedSpec,
        "SDKG002" => NotOpenApi,
        "SDKG003" => UnresolvedReference,
        "SDKG004" => UnsupportedConstruct,
        "SDKG005" => InvalidIdentifierOption,
        "SDKG006" => DuplicateOperation,
        "SDKG007" => InvalidSchema,
        "SDKG008" => OptionsNotVisible,
        "SDKG009" => UnusedFilter,
        _ => null,
    };
}
