using System.Collections.Generic;
using System.Text;
using Sdkgen.Generator.Parsing;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>
/// The JSON fast path must build exactly the tree SharpYaml's events give (values, plain/quoted, positions, sizes),
/// and leave to the YAML reader every text it cannot be sure of.
/// </summary>
public sealed class JsonTreeReaderTests
{
    public static TheoryData<string> SameTree => new()
    {
        "{}",
        "\n\n  {\"a\": 1}\n",
        "{\"openapi\":\"3.0.0\",\"n\":-12.5e+3,\"z\":0,\"t\":true,\"f\":false,\"x\":null,\"e\":\"\",\"l\":[],\"m\":{}}",
        "{\r\n  \"a\" : [1, \"two\", {\"b\": [ ]}],\r\n\t\"c\": \"d\"\r\n}",
        "{\"esc\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u0041\", \"after\": 1}",
        "{\"caf\u00e9\": \"\u2014 \u4e2d\u6587 \ud83d\ude00 tail\", \"next\": [\"\ud83d\ude00\", 2]}",
        "{\"dup\": 1, \"dup\": 2}",
        "{\"deep\": [[[[{\"a\": [{}]}]]]], \"long\": \"" + new string('x', 3000) + "\"}",
        "{\"a\": 1}\n\n",
    };

    public static TheoryData<string> LeftToYaml => new()
    {
        "a: 1",
        "{a: 1}",
        "\t{\"a\": 1}",
        "{\"a\": 1} # comment",
        "{\"a\": 1}\n---\n{\"b\": 2}",
        "{\"a\": 'single'}",
        "{\"a\": \"\\x41\"}",
        "{\"a\": \"\\ud83d\\ude00\"}",
        "{\"a\": \"raw\ttab\"}",
        "{\"a\": \"line\u2028sep\"}",
        "{\"a\"\n: 1}",
        "{\"" + new string('k', 1100) + "\": 1}",
        "{\"a\": 01}",
        "{\"a\": 1,}",
        "{\"a\": tru}",
        "{\"a\": 1",
        "\ufeff{\"a\": 1}",
    };

    [Theory]
    [MemberData(nameof(SameTree))]
    public void Json_reads_to_the_tree_SharpYaml_gives(string text)
    {
        var fast = JsonTreeReader.TryRead(text);

        Assert.NotNull(fast);
        Assert.Equal(Describe(YamlTreeReader.ReadYaml(text)), Describe(fast));
    }

    [Theory]
    [MemberData(nameof(LeftToYaml))]
    public void Text_that_YAML_may_read_otherwise_is_left_to_the_YAML_reader(string text)
    {
        Assert.Null(JsonTreeReader.TryRead(text));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_left_to_the_YAML_reader_which_reports_it()
    {
        var text = "{\"a\": " + new string('[', YamlTreeReader.MaxDepth + 2) + new string(']', YamlTreeReader.MaxDepth + 2) + "}";

        Assert.Null(JsonTreeReader.TryRead(text));
        Assert.Throws<YamlTreeReader.YamlSyntaxException>(() => YamlTreeReader.Read(text));
    }

    /// <summary>
    /// Mutated JSON, reproducibly: the fast path never throws, and whatever it accepts SharpYaml reads to the same tree
    /// (the fast path may decline more than it must, never accept what YAML reads otherwise or rejects).
    /// </summary>
    [Fact]
    public void Mutated_json_is_either_declined_or_read_as_SharpYaml_reads_it()
    {
        const string Seed = "{\n  \"openapi\": \"3.1.0\",\r\n  \"info\": {\"title\": \"T \\u00e9 \\\"q\\\" \u00e9\", \"version\": \"1\"},\n"
            + "  \"paths\": {\"/a/{id}\": {\"get\": {\"parameters\": [{\"name\": \"id\", \"in\": \"path\", \"required\": true}],"
            + " \"responses\": {\"200\": {\"description\": \"ok\\n\\tdone\"}}}}},\n"
            + "  \"components\": {\"schemas\": {\"A\": {\"type\": [\"object\", \"null\"], \"maximum\": -1.5e+3, \"items\": [], \"x\": null}}}\n}\n";
        const string Pieces = "{}[]\",:\\ \n\r\tu0-.eE#'&*!|>\u2028\u0085\ufeff";
        var random = new System.Random(20261203);
        var accepted = 0;
        for (var i = 0; i < 2000; i++)
        {
            var mutant = new StringBuilder(Seed);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(mutant.Length);
                switch (random.Next(3))
                {
                    case 0: mutant[at] = Pieces[random.Next(Pieces.Length)]; break;
                    case 1: mutant.Remove(at, 1); break;
                    default: mutant.Insert(at, Pieces[random.Next(Pieces.Length)]); break;
                }
            }

            var text = mutant.ToString();
            if (JsonTreeReader.TryRead(text) is not { } fast)
            {
                continue;
            }

            accepted++;
            YamlNode? slow;
            try
            {
                slow = YamlTreeReader.ReadYaml(text);
            }
            catch (YamlTreeReader.YamlSyntaxException e)
            {
                throw new Xunit.Sdk.XunitException($"Mutant {i} was read by the fast path but SharpYaml rejects it ({e.Message}):\n{text}");
            }

            Assert.True(Describe(slow) == Describe(fast), $"Mutant {i} reads differently:\n{text}");
        }

        // Most mutants stay valid JSON (an edit inside a string), so the comparison above ran on many of them.
        Assert.True(accepted > 200, $"only {accepted} mutants were accepted");
    }

    /// <summary>Every node in document order: kind, value, plain flag, start and end (line, column, offset), size.</summary>
    private static string Describe(YamlNode? node)
    {
        var text = new StringBuilder();
        Describe(node, text);
        return text.ToString();
    }

    private static void Describe(YamlNode? node, StringBuilder text)
    {
        if (node is null)
        {
            text.Append("null\n");
            return;
        }

        text.Append(node.GetType().Name).Append(' ').Append(node.Start).Append(' ').Append(node.End).Append(' ').Append(node.ExpandedSize);
        switch (node)
        {
            case YamlScalar scalar:
                text.Append(" [").Append(scalar.Value).Append("] plain=").Append(scalar.IsPlain).Append('\n');
                break;
            case YamlSequence sequence:
                text.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Describe(item, text);
                }

                break;
            case YamlMapping mapping:
                text.Append('\n');
                foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
                {
                    Describe(entry.Key, text);
                    Describe(entry.Value, text);
                }

                break;
        }
    }
}
