using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// A tiny indenting writer; output always uses '\n' so generated files are identical on every OS. Interpolated lines
/// are written straight into the builder (<see cref="LineText"/>), and <see cref="Finish"/> hands the builder on to
/// the next file on this thread: thousands of files are emitted per run, and growing a fresh builder for each, plus a
/// string per line, was a large share of the generator's allocations. A writer nested in another (an operation's
/// checks) takes a builder of its own from the same spares.
/// </summary>
internal sealed class SourceWriter
{
    /// <summary>Larger builders are dropped rather than kept for the next file (a file is ~3K chars, the largest ~80K).</summary>
    private const int MaxKeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? s_spares;

    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        var spares = s_spares ??= new Stack<StringBuilder>();
        _builder = spares.Count > 0 ? spares.Pop() : new StringBuilder(16 * 1024);
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            StartLine();
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>An interpolated line, its parts appended in place (see <see cref="LineText"/>).</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineText text)
    {
        _builder.Append('\n');
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

    /// <summary>An interpolated header, then the brace.</summary>
    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineText header)
    {
        _builder.Append('\n');
        return Open();
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        StartLine();
        _builder.Append('}').Append(suffix).Append('\n');
        return this;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>How much has been written; with <see cref="Rewind"/>, a block that turns out empty is taken back.</summary>
    public int Mark => _builder.Length;

    public void Rewind(int mark) => _builder.Length = mark;

    /// <summary>The text written; the writer is done, and its builder goes to the next writer on this thread.</summary>
    public string Finish()
    {
        var text = _builder.ToString();
        if (_builder.Capacity <= MaxKeptCapacity)
        {
            _builder.Clear();
            (s_spares ??= new Stack<StringBuilder>()).Push(_builder);
        }

        return text;
    }

    private void StartLine() => _builder.Append(' ', _indent * 4);

    /// <summary>
    /// Builds an interpolated line in the writer's builder: the indentation goes in before the first non-empty part,
    /// so a line that comes out empty has none, as with <see cref="Line(string)"/>. Values format invariantly.
    /// </summary>
    [InterpolatedStringHandler]
    internal ref struct LineText
    {
        private readonly SourceWriter _writer;
        private bool _started;

        public LineText(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            _started = false;
        }

        public void AppendLiteral(string value) => Append(value);

        public void AppendFormatted(string? value) => Append(value);

        /// <summary>Indices and counts, without a string each (a negative one, never seen here, goes the invariant way).</summary>
        public void AppendFormatted(int value)
        {
            if (value < 0)
            {
                Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            Start();
            _writer._builder.Append(value);
        }

        public void AppendFormatted<T>(T value) => Append(value is IFormattable formattable
            ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)
            : value?.ToString());

        private void Append(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            Start();
            _writer._builder.Append(value);
        }

        /// <summary>The line's indentation, before its first non-empty part.</summary>
        private void Start()
        {
            if (!_started)
            {
                _writer.StartLine();
                _started = true;
            }
        }
    }
}
