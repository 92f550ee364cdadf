using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sdkgen.Generator.Emitting;
using Sdkgen.Generator.Model;
using Sdkgen.Generator.Parsing;
using Sdkgen.Generator.Parsing.External;

namespace Sdkgen.Generator;

/// <summary>
/// Wiring only: OpenAPI AdditionalFiles (+ Sdkgen metadata) → <see cref="SpecParser"/> → one model per file
/// (<see cref="ApiEmitter"/>) → source. Each step's output is equatable, so unrelated C# edits stop at the first step
/// and a spec edit re-emits only the files it changes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SdkGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadInput(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!);

        // Every YAML/JSON file, for $refs into siblings; each spec keeps only the ones it references, so an edit to
        // an unrelated file stops at this step.
        var documents = context.AdditionalTextsProvider
            .Where(static file => IsYamlOrJson(file.Path))
            .Select(static (file, cancellationToken) => new ExternalDocument(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();

        specs = specs
            .Combine(documents)
            .Select(static (pair, _) => pair.Left with { Externals = ExternalFiles.Referenced(pair.Left.Path, pair.Left.Text, pair.Right) })
            .WithTrackingName(TrackingNames.SpecInputs);

        var models = specs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ApiModels);

        var host = context.CompilationProvider
            .Select(static (compilation, _) => ReadHostFeatures(compilation))
            .WithTrackingName(TrackingNames.HostFeatures);

        // One node per file: a spec edit re-emits only the files whose model changed.
        var files = models.Combine(host)
            .SelectMany(static (pair, _) => ApiEmitter.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FileModels);

        var sources = files
            .Select(static (file, cancellationToken) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new GeneratedSource(file.HintName, file.Emit());
            })
            .WithTrackingName(TrackingNames.Sources);

        // On the model itself, not on a node of its diagnostics: an EquatableArray (a struct) as a node's value makes the
        // JIT compile Roslyn's node tables over it in every cold build (see HostFeatures). Reporting them again is cheap.
        context.RegisterSourceOutput(models, static (output, api) =>
        {
            foreach (var diagnostic in api.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(sources, static (output, source) =>
            output.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8)));
    }

    /// <summary>A file is a spec when it has Sdkgen metadata, or is .yaml/.yml/.json and starts like an OpenAPI document.</summary>
    private static SpecInput? ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        options.TryGetValue("build_metadata.AdditionalFiles.SdkgenNamespace", out var ns);
        options.TryGetValue("build_metadata.AdditionalFiles.SdkgenClientName", out var clientName);
        options.TryGetValue("build_metadata.AdditionalFiles.SdkgenVisibility", out var visibility);
        options.TryGetValue("build_metadata.AdditionalFiles.Sdkgen", out var enabled);
        options.TryGetValue("build_metadata.AdditionalFiles.SdkgenInclude", out var include);
        options.TryGetValue("build_metadata.AdditionalFiles.SdkgenExclude", out var exclude);
        if (string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hasMetadata = !string.IsNullOrEmpty(ns) || !string.IsNullOrEmpty(clientName) || !string.IsNullOrEmpty(visibility)
            || !string.IsNullOrEmpty(include) || string.Equals(enabled, "true", StringComparison.OrdinalIgnoreCase);
        if (!hasMetadata && !IsYamlOrJson(file.Path))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null || (!hasMetadata && !LooksLikeOpenApi(text)))
        {
            return null;
        }

        // Set by the package's build props; without it per-file metadata never reaches the generator (SDKG008).
        provider.GlobalOptions.TryGetValue("build_property.SdkgenBuildPropsImported", out var propsImported);
        var optionsVisible = string.Equals(propsImported, "true", StringComparison.OrdinalIgnoreCase);
        return new SpecInput(file.Path, text, NullIfEmpty(ns), NullIfEmpty(clientName), NullIfEmpty(visibility), optionsVisible, NullIfEmpty(include), NullIfEmpty(exclude));
    }

    private static HostFeatures ReadHostFeatures(Compilation compilation) => new(
        compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptionsExtensions") is not null,
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not null);

    private static bool IsYamlOrJson(string path) => Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" or ".json";

    private static bool LooksLikeOpenApi(string text)
    {
        var head = text.Length > 4096 ? text.Substring(0, 4096) : text;
        return head.Contains("openapi") || head.Contains("swagger");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
