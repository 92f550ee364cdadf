using System;
using System.Globalization;

namespace Sdkgen.Runtime;

/// <summary>Builds JSON paths (<c>$.a.b</c>, <c>$.a[2]</c>, <c>$['x-y']</c>) for validation messages.</summary>
public static class JsonPath
{
    /// <summary>The path of a property of <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent path, e.g. <c>$</c>.</param>
    /// <param name="name">The JSON property name.</param>
    /// <returns>The property path.</returns>
    public static string Property(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        if (IsIdentifier(name))
        {
            return parent + "." + name;
        }

        // Bracket form keeps names like "x-y" or "a.b" unambiguous.
        string escaped = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        return parent + "['" + escaped + "']";
    }

    /// <summary>The path of an array element of <paramref name="parent"/>.</summary>
    /// <param name="parent">The array's path.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The element path.</returns>
    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
