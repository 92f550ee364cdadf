namespace Sdkgen.Generator.Model;

/// <summary>A sibling AdditionalFile that a spec's <c>$ref</c> points into (<c>schemas/pet.yaml#/Pet</c>).</summary>
internal sealed record ExternalDocument(string Path, string Text);
