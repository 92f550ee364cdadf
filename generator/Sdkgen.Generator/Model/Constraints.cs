namespace Sdkgen.Generator.Model;

/// <summary>The JSON Schema validation keywords the runtime checks before a request is sent.</summary>
internal sealed record Constraints(
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    double? Minimum = null,
    bool ExclusiveMinimum = false,
    double? Maximum = null,
    bool ExclusiveMaximum = false,
    int? MinItems = null,
    int? MaxItems = null,
    string? Const = null)
{
    public static Constraints None { get; } = new();

    public bool IsEmpty => this == None;
}
