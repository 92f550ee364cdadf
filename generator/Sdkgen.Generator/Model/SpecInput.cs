namespace Sdkgen.Generator.Model;

/// <summary>One spec file and its options, read from AdditionalFiles; equatable, so an unrelated C# edit stops here.</summary>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName);
