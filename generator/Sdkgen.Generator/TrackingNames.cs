namespace Sdkgen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert they stay cached.</summary>
public static class TrackingNames
{
    public const string SpecInputs = nameof(SpecInputs);
    public const string ApiModels = nameof(ApiModels);
    public const string HostFeatures = nameof(HostFeatures);
    public const string FileModels = nameof(FileModels);
    public const string Sources = nameof(Sources);
}
