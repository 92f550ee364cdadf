using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Sdkgen.Runtime;

/// <summary>
/// Serializes one query parameter or form-body field as <c>name=value</c> pairs joined by <c>&amp;</c>, in the
/// styles OpenAPI allows there: form, spaceDelimited, pipeDelimited and deepObject.
/// </summary>
internal static class QueryStyles
{
    private const string Open = "%5B";
    private const string Close = "%5D";

    /// <exception cref="ArgumentOutOfRangeException">The style is not one a query takes.</exception>
    public static string Serialize(string name, ParameterValue value, ParameterStyle style, bool explode) => style switch
    {
        ParameterStyle.Form => StyleExpander.Form.Expand(name, value, explode),

        // OpenAPI leaves exploded delimited styles undefined; like Prism, send each value as its own pair.
        ParameterStyle.SpaceDelimited => (explode ? StyleExpander.Form : StyleExpander.SpaceDelimited).Expand(name, value, explode),
        ParameterStyle.PipeDelimited => (explode ? StyleExpander.Form : StyleExpander.PipeDelimited).Expand(name, value, explode),
        ParameterStyle.DeepObject => DeepObject(name, value),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, $"Parameter '{name}' is in the query or a form body, which takes the form, spaceDelimited, pipeDelimited or deepObject style."),
    };

    /// <summary>
    /// <c>color%5BR%5D=100</c>. OpenAPI defines deepObject for objects of primitives only; lists (by index) and
    /// nesting continue the brackets the way payment APIs read them: <c>items%5B0%5D%5Bprice%5D=x</c>.
    /// </summary>
    private static string DeepObject(string name, ParameterValue value)
    {
        StringBuilder output = new();
        AppendDeep(output, Uri.EscapeDataString(name), value);
        return output.ToString();
    }

    private static void AppendDeep(StringBuilder output, string key, ParameterValue value)
    {
        if (value.Text is string text)
        {
            output.Append(output.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(text));
        }
        else if (value.Items is { } items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                AppendDeep(output, key + Open + i.ToString(CultureInfo.InvariantCulture) + Close, items[i]);
            }
        }
        else
        {
            foreach (KeyValuePair<string, ParameterValue> property in value.Properties!)
            {
                AppendDeep(output, key + Open + Uri.EscapeDataString(property.Key) + Close, property.Value);
            }
        }
    }
}
