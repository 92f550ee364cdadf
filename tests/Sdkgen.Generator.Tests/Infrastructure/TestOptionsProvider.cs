using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sdkgen.Generator.Tests.Infrastructure;

/// <summary>Per-AdditionalFile <c>build_metadata.AdditionalFiles.*</c> values, as MSBuild would pass them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _byPath = new(System.StringComparer.Ordinal);

    /// <param name="propsImported">Whether the package's build props were imported (they make the metadata visible).</param>
    public TestOptionsProvider(bool propsImported = true)
        => GlobalOptions = propsImported
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_property.SdkgenBuildPropsImported"] = "true" })
            : DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public TestOptionsProvider Set(string path, string? sdkgenNamespace, string? clientName, string? visibility = null, string? include = null, string? exclude = null)
    {
        var values = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (include is not null)
        {
            values["build_metadata.AdditionalFiles.SdkgenInclude"] = include;
        }

        if (exclude is not null)
        {
            values["build_metadata.AdditionalFiles.SdkgenExclude"] = exclude;
        }

        if (sdkgenNamespace is not null)
        {
            values["build_metadata.AdditionalFiles.SdkgenNamespace"] = sdkgenNamespace;
        }

        if (clientName is not null)
        {
            values["build_metadata.AdditionalFiles.SdkgenClientName"] = clientName;
        }

        if (visibility is not null)
        {
            values["build_metadata.AdditionalFiles.SdkgenVisibility"] = visibility;
        }

        _byPath[path] = new DictionaryOptions(values);
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
