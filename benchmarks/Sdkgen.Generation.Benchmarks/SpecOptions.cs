using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>The <c>build_metadata.AdditionalFiles.*</c> values MSBuild passes for <c>SdkgenNamespace</c>/<c>SdkgenClientName</c>.</summary>
internal sealed class SpecOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());
    private readonly Options _spec;

    public SpecOptions(string sdkgenNamespace, string clientName) => _spec = new Options(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.SdkgenNamespace"] = sdkgenNamespace,
        ["build_metadata.AdditionalFiles.SdkgenClientName"] = clientName,
    });

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _spec;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
