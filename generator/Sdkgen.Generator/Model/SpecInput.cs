namespace Sdkgen.Generator.Model;

/// <summary>One spec file and its options, read from AdditionalFiles; equatable, so an unrelated C# edit stops here.</summary>
/// <param name="Visibility">"public" (default) or "internal": internal keeps a generated SDK private to its project.</param>
/// <param name="OptionsVisible">The Sdkgen build props were imported, so per-file metadata can reach the generator.</param>
/// <param name="Include">SdkgenInclude: the operations to generate (see OperationFilter); null for all.</param>
/// <param name="Exclude">SdkgenExclude: operations to leave out.</param>
internal sealed record SpecInput(
    string Path,
    string Text,
    string? Namespace,
    string? ClientName,
    string? Visibility = null,
    bool OptionsVisible = true,
    string? Include = null,
    string? Exclude = null);
