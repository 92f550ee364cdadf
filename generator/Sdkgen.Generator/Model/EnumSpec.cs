namespace Sdkgen.Generator.Model;

/// <param name="UnknownMember">The member an unrecognised wire value reads as (value 0), so new server values never throw.</param>
internal sealed record EnumSpec(string Name, string? Description, bool Deprecated, string UnknownMember, EquatableArray<EnumMemberSpec> Members);

internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description, bool Deprecated);
