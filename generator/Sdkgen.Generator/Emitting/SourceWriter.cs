using System;
using System.Text;

namespace Sdkgen.Generator.Emitting;

/// <summary>A tiny indenting writer; output always uses '\n' so generated files are identical on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes a multi-line block at the current indentation, keeping its own relative indentation.</summary>
    public SourceWriter Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            Line(line.TrimEnd());
        }

        return this;
    }

    /// <summary>Writes lines one level deeper: a case body, an expression's continuation.</summary>
    public SourceWriter Indented(params string[] lines)
    {
        _indent++;
        foreach (var line in lines)
        {
            Line(line);
        }

        _indent--;
        return this;
    }

    /// <summary>Writes a block one level deeper, for code built by another writer.</summary>
    public SourceWriter Indented(SourceWriter block)
    {
        _indent++;
        Lines(block.ToString());
        _indent--;
        return this;
    }

    /// <summary>Starts lines one level deeper without a brace, e.g. a case body; end with <see cref="Dedent"/>.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Dedent()
    {
        _indent--;
        return this;
    }

    public SourceWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
