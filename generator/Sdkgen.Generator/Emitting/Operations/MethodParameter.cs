using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting.Operations;

/// <summary>One argument of a generated method: its C# type, and whether it comes first (required) or defaults.</summary>
/// <param name="Type">The C# type, without the nullable mark an optional argument gets.</param>
/// <param name="IsReference">A reference type: a required one is checked for null.</param>
internal sealed record MethodParameter(string Name, string Type, bool Required, bool IsReference, string? Description)
{
    /// <summary>Kept for the type's nullability: a required nullable argument stays nullable.</summary>
    public bool Nullable { get; init; }

    public string Declaration => Required ? (Nullable ? Type + "?" : Type) + " " + Name : $"{Type}? {Name} = default";

    /// <summary>As the private call builder takes it: the public method passes every argument, so none defaults.</summary>
    public string Argument => (Required && !Nullable ? Type : Type + "?") + " " + Name;

    public static MethodParameter Of(string ns, string name, TypeRef type, bool required, string? description)
        => new(name, TypeNames.Of(type, ns, nullable: false), required, !type.IsValueType && !type.Nullable, description) { Nullable = type.Nullable };
}
