namespace Sdkgen.Generator.Model;

/// <summary>One emitted file: its hint name and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
