using System;

namespace Sdkgen.Runtime;

/// <summary>
/// How one top-level field of an <c>application/x-www-form-urlencoded</c> body is serialized: the <c>style</c> and
/// <c>explode</c> of the spec's <c>encoding</c> entry for that property.
/// </summary>
public sealed class FormFieldEncoding
{
    /// <summary>Creates an encoding.</summary>
    /// <param name="name">The JSON property name the encoding entry is keyed by.</param>
    /// <param name="style">Form, SpaceDelimited, PipeDelimited or DeepObject.</param>
    /// <param name="explode">The entry's <c>explode</c> (OpenAPI's default: true for form, false otherwise).</param>
    public FormFieldEncoding(string name, ParameterStyle style, bool explode)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Style = style;
        Explode = explode;
    }

    /// <summary>The JSON property name.</summary>
    public string Name { get; }

    /// <summary>The style.</summary>
    public ParameterStyle Style { get; }

    /// <summary>Whether lists and objects become one pair per item or member.</summary>
    public bool Explode { get; }
}
