using System.Text;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// A schema's structure as text, so inline schemas written alike can share one type. Only examples are left out:
/// descriptions count, so a shared type's docs are true of every use ("start" and "end" of an era stay two types).
/// </summary>
internal static class SchemaShape
{
    public static string Of(YamlMapping schema)
    {
        var text = new StringBuilder();
        Append(text, schema);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                // Quoted "1" and plain 1 mean different things; the length prefix keeps values from running together.
                text.Append(scalar.IsPlain ? 'p' : 'q').Append(scalar.Value.Length).Append(':').Append(scalar.Value);
                break;
            case YamlSequence sequence:
                text.Append('[');
                foreach (var item in sequence.Items)
                {
                    Append(text, item);
                }

                text.Append(']');
                break;
            case YamlMapping mapping:
                text.Append('{');
                foreach (var entry in mapping.Entries)
                {
                    var key = entry.Key.Value;
                    if (key is "example" or "examples")
                    {
                        continue;
                    }

                    text.Append(key.Length).Append(':').Append(key);
                    Append(text, entry.Value);
                }

                text.Append('}');
                break;
        }
    }
}
