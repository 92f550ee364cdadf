using System.Collections.Generic;

namespace Sdkgen.Generator.Naming;

/// <summary>Member names of a generated extensible enum, clear of the members every such struct already has.</summary>
internal static class EnumMemberNames
{
    /// <summary>What the emitted struct declares itself (see EnumEmitter), plus what every struct inherits.</summary>
    private static readonly string[] Generated =
    [
        "Value", "Values", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    ];

    /// <param name="typeName">The enum's own name: a member may not share it (CS0542).</param>
    /// <param name="preferred">Each value's preferred name (<c>x-enum-varnames</c>, or the value itself), in order.</param>
    public static List<string> For(string typeName, IReadOnlyList<string> preferred)
        => Identifier.Members(preferred, [.. Generated, typeName]);
}
