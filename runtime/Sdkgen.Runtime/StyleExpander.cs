using System;
using System.Collections.Generic;
using System.Text;

namespace Sdkgen.Runtime;

/// <summary>
/// RFC 6570 expansion of one variable (its appendix A), which OpenAPI's simple, label, matrix and form styles follow;
/// each instance is one operator. Values may be text, lists of text or objects of text: only deepObject nests.
/// </summary>
internal sealed class StyleExpander
{
    private readonly string _prefix;
    private readonly string _separator;
    private readonly bool _named;
    private readonly string _ifEmpty;
    private readonly string _joiner;
    private readonly Func<string, string> _escape;

    private StyleExpander(string prefix, string separator, bool named, string ifEmpty, string joiner, Func<string, string> escape)
    {
        _prefix = prefix;
        _separator = separator;
        _named = named;
        _ifEmpty = ifEmpty;
        _joiner = joiner;
        _escape = escape;
    }

    /// <summary><c>{color}</c>: <c>blue,black</c>, exploded objects <c>R=100,G=200</c>.</summary>
    public static StyleExpander Simple { get; } = new("", ",", named: false, "", ",", Uri.EscapeDataString);

    /// <summary><c>{.color}</c>: <c>.blue.black</c>.</summary>
    public static StyleExpander Label { get; } = new(".", ".", named: false, "", ",", Uri.EscapeDataString);

    /// <summary><c>{;color}</c>: <c>;color=blue;color=black</c>.</summary>
    public static StyleExpander Matrix { get; } = new(";", ";", named: true, "", ",", Uri.EscapeDataString);

    /// <summary><c>{?color}</c> without the <c>?</c>, which the query string adds once: <c>color=blue&amp;color=black</c>.</summary>
    public static StyleExpander Form { get; } = new("", "&", named: true, "=", ",", Uri.EscapeDataString);

    /// <summary>Form with unexploded values joined by an encoded space: OpenAPI's spaceDelimited.</summary>
    public static StyleExpander SpaceDelimited { get; } = new("", "&", named: true, "=", "%20", Uri.EscapeDataString);

    /// <summary>Form with unexploded values joined by an encoded pipe: OpenAPI's pipeDelimited.</summary>
    public static StyleExpander PipeDelimited { get; } = new("", "&", named: true, "=", "%7C", Uri.EscapeDataString);

    /// <summary>Simple style for header values, which are text rather than URI parts: nothing is percent-encoded.</summary>
    public static StyleExpander Header { get; } = new("", ",", named: false, "", ",", static text => text);

    /// <summary>
    /// Form style for cookies: pairs are separated by <c>"; "</c> as cookie syntax requires (OpenAPI's appendix D),
    /// and only what a cookie value cannot hold is percent-encoded.
    /// </summary>
    public static StyleExpander Cookie { get; } = new("", "; ", named: true, "=", ",", CookieText.Escape);

    /// <summary>Expands a defined value of the parameter <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The value nests a list or object inside another.</exception>
    public string Expand(string name, ParameterValue value, bool explode)
    {
        StringBuilder output = new(_prefix);
        if (value.Text is string text)
        {
            AppendNamed(output, name, text);
        }
        else if (explode)
        {
            AppendExploded(output, name, value);
        }
        else
        {
            if (_named)
            {
                output.Append(_escape(name)).Append('=');
            }

            AppendJoined(output, name, value);
        }

        return output.ToString();
    }

    /// <summary>What OpenAPI's style table shows for an undefined value: <c>;color</c>, <c>.</c> or nothing.</summary>
    public string ExpandUndefined(string name) => _named ? _prefix + _escape(name) : _prefix;

    private void AppendExploded(StringBuilder output, string name, ParameterValue value)
    {
        if (value.Items is { } items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                AppendSeparator(output, i);
                string item = TextOf(name, items[i]);
                if (_named)
                {
                    AppendNamed(output, name, item);
                }
                else
                {
                    output.Append(_escape(item));
                }
            }

            return;
        }

        IReadOnlyList<KeyValuePair<string, ParameterValue>> properties = value.Properties!;
        for (int i = 0; i < properties.Count; i++)
        {
            AppendSeparator(output, i);
            string member = TextOf(name, properties[i].Value);
            if (_named)
            {
                AppendNamed(output, properties[i].Key, member);
            }
            else
            {
                output.Append(_escape(properties[i].Key)).Append('=').Append(_escape(member));
            }
        }
    }

    private void AppendJoined(StringBuilder output, string name, ParameterValue value)
    {
        if (value.Items is { } items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                output.Append(i == 0 ? "" : _joiner).Append(_escape(TextOf(name, items[i])));
            }

            return;
        }

        IReadOnlyList<KeyValuePair<string, ParameterValue>> properties = value.Properties!;
        for (int i = 0; i < properties.Count; i++)
        {
            output.Append(i == 0 ? "" : _joiner).Append(_escape(properties[i].Key))
                .Append(_joiner).Append(_escape(TextOf(name, properties[i].Value)));
        }
    }

    private void AppendNamed(StringBuilder output, string name, string text)
    {
        if (!_named)
        {
            output.Append(_escape(text));
            return;
        }

        output.Append(_escape(name));
        output.Append(text.Length == 0 ? _ifEmpty : "=" + _escape(text));
    }

    private void AppendSeparator(StringBuilder output, int index)
    {
        if (index > 0)
        {
            output.Append(_separator);
        }
    }

    private static string TextOf(string name, ParameterValue value) =>
        value.Text ?? throw new ArgumentException(
            $"The value of parameter '{name}' nests a list or object inside another, which only the deepObject style can serialize.",
            nameof(value));
}
