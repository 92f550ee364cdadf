using System;
using System.Collections.Generic;
using System.Text;

namespace Sdkgen.Runtime;

/// <summary>
/// Flattens a JSON object into an <c>application/x-www-form-urlencoded</c> body, one top-level property at a time
/// with the query rules (RFC 3986 percent-encoding, so a space is <c>%20</c>). A property without an encoding entry
/// is a form pair if it is a primitive and deepObject brackets otherwise, the way payment APIs such as Stripe
/// declare and read them: <c>metadata%5Bkey%5D=v</c>, <c>expand%5B0%5D=a</c>.
/// </summary>
internal static class FormUrlEncoder
{
    /// <exception cref="ArgumentException">The value is not a JSON object, or nests where its style cannot.</exception>
    public static string Encode(ParameterValue? body, IReadOnlyList<FormFieldEncoding> encodings)
    {
        if (body is null)
        {
            return "";
        }

        if (body.Properties is null)
        {
            throw new ArgumentException("A form body must be written as a JSON object.", nameof(body));
        }

        StringBuilder output = new();
        foreach (KeyValuePair<string, ParameterValue> property in body.Properties)
        {
            FormFieldEncoding? encoding = Find(encodings, property.Key);
            ParameterStyle style = encoding?.Style ?? (property.Value.Text is null ? ParameterStyle.DeepObject : ParameterStyle.Form);
            string pairs = QueryStyles.Serialize(property.Key, property.Value, style, encoding?.Explode ?? true);
            output.Append(output.Length == 0 ? "" : "&").Append(pairs);
        }

        return output.ToString();
    }

    private static FormFieldEncoding? Find(IReadOnlyList<FormFieldEncoding> encodings, string name)
    {
        foreach (FormFieldEncoding encoding in encodings)
        {
            if (encoding.Name == name)
            {
                return encoding;
            }
        }

        return null;
    }
}
