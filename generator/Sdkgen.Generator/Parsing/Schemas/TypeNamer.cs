using System;
using System.Collections.Generic;
using Sdkgen.Generator.Naming;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// Hands out C# type names. Components get theirs first, so an inline type can never take a component's name;
/// every other type gets a fresh unique name from its hint.
/// </summary>
internal sealed class TypeNamer
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private string? _componentBeingNamed;

    public TypeNamer(IEnumerable<string> reservedTypeNames) => _taken.UnionWith(reservedTypeNames);

    public string Reserve(string name) => Identifier.Unique(name, _taken);

    /// <summary>Marks the component whose schema is being read: the first type built for it takes its reserved name.</summary>
    public string? EnterComponent(string? componentName)
    {
        var outer = _componentBeingNamed;
        _componentBeingNamed = componentName;
        return outer;
    }

    /// <summary>True when <paramref name="nameHint"/> is the component being read (not an inline schema inside one).</summary>
    public bool IsComponent(string nameHint) => nameHint == _componentBeingNamed;

    /// <summary>A component takes the name reserved for it; any other type gets a fresh unique name.</summary>
    public string Claim(string nameHint)
    {
        if (nameHint == _componentBeingNamed)
        {
            _componentBeingNamed = null;
            return nameHint;
        }

        return Identifier.Unique(nameHint, _taken);
    }
}
