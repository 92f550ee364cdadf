using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sdkgen.Generator.Parsing;

/// <summary>
/// A fast path for specs written as plain JSON (most large ones are): builds the same located tree as
/// <see cref="YamlTreeReader"/> would from SharpYaml's events (same values, plain/quoted flags and positions) in one
/// pass over the text, several times faster than the general YAML scanner. It takes only what it is sure YAML reads the
/// same way; anything else (a comment, a tab before the document, a YAML-only escape, a key far from its colon, an odd
/// character, too deep nesting, malformed JSON) returns null, and the caller reads the text as YAML, errors included.
/// </summary>
internal sealed class JsonTreeReader
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization (netstandard2.0 lacks the name). The loops over every character are
    /// compiled optimized at once: a build without the compiler server runs the generator once in a fresh csc, whose
    /// JIT tiering kept them unoptimized the whole run (about 0.1 s more per build). Warm, they lose profile-guided
    /// tuning, a few milliseconds (docs/benchmarks.md).
    /// </summary>
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>YAML allows a simple (implicit) key of at most this many characters up to its ':'.</summary>
    private const int MaxSimpleKeyLength = 1024;

    private readonly string _text;
    private readonly StringTable _strings = new();

    // Entries and items of the open collections, innermost last: each collection is copied out once, exactly sized,
    // instead of growing a list of its own (the tree lives through the whole parse, so its garbage costs twice).
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _openEntries = new();
    private readonly List<YamlNode> _openItems = new();
    private int _at;
    private int _line;
    private int _lineStart;

    private JsonTreeReader(string text) => _text = text;

    /// <summary>The document's tree, or null when the text is not JSON this reader is sure of.</summary>
    public static YamlNode? TryRead(string text)
    {
        var reader = new JsonTreeReader(text);
        if (!reader.SkipSpace(topLevel: true) || reader.Peek() != '{')
        {
            return null;
        }

        var root = reader.Value(depth: 0);
        return root is not null && reader.SkipSpace(topLevel: true) && reader._at == text.Length ? root : null;
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private SourcePosition Here => new(_line, _at - _lineStart, _at);

    [MethodImpl(Optimized)]
    private YamlNode? Value(int depth)
    {
        if (depth > YamlTreeReader.MaxDepth)
        {
            return null;
        }

        switch (Peek())
        {
            case '{':
                return Mapping(depth);
            case '[':
                return Sequence(depth);
            case '"':
                var start = Here;
                return String() is { } text ? new YamlScalar(text, isPlain: false, start, Here) : null;
            default:
                return Plain();
        }
    }

    [MethodImpl(Optimized)]
    private YamlMapping? Mapping(int depth)
    {
        var start = Here;
        _at++;
        var first = _openEntries.Count;
        long size = 1;
        if (!SkipSpace(topLevel: false))
        {
            return null;
        }

        if (Peek() == '}')
        {
            return Close(new YamlMapping(Take(_openEntries, first), start, Here, size));
        }

        while (true)
        {
            if (Peek() != '"')
            {
                return null;
            }

            var keyStart = Here;
            var keyText = String();
            var keyEnd = Here;
            // YAML reads `"key": value` as a simple key only when the ':' follows on the same line, near enough.
            while (Peek() == ' ')
            {
                _at++;
            }

            if (keyText is null || Peek() != ':' || _at - keyStart.Offset >= MaxSimpleKeyLength)
            {
                return null;
            }

            _at++;
            if (!SkipSpace(topLevel: false) || Value(depth + 1) is not { } value)
            {
                return null;
            }

            size += 1 + value.ExpandedSize;
            _openEntries.Add(new KeyValuePair<YamlScalar, YamlNode>(new YamlScalar(keyText, isPlain: false, keyStart, keyEnd), value));
            if (!SkipSpace(topLevel: false))
            {
                return null;
            }

            if (Peek() == '}')
            {
                return Close(new YamlMapping(Take(_openEntries, first), start, Here, size));
            }

            if (!Comma())
            {
                return null;
            }
        }
    }

    [MethodImpl(Optimized)]
    private YamlSequence? Sequence(int depth)
    {
        var start = Here;
        _at++;
        var first = _openItems.Count;
        long size = 1;
        if (!SkipSpace(topLevel: false))
        {
            return null;
        }

        if (Peek() == ']')
        {
            return Close(new YamlSequence(Take(_openItems, first), start, Here, size));
        }

        while (true)
        {
            if (Value(depth + 1) is not { } item || !SkipSpace(topLevel: false))
            {
                return null;
            }

            size += item.ExpandedSize;
            _openItems.Add(item);
            if (Peek() == ']')
            {
                return Close(new YamlSequence(Take(_openItems, first), start, Here, size));
            }

            if (!Comma())
            {
                return null;
            }
        }
    }

    /// <summary>The open collection's members, from <paramref name="first"/> on, moved into an array of their own.</summary>
    private static T[] Take<T>(List<T> open, int first)
    {
        if (open.Count == first)
        {
            return System.Array.Empty<T>();
        }

        var taken = new T[open.Count - first];
        open.CopyTo(first, taken, 0, taken.Length);
        open.RemoveRange(first, taken.Length);
        return taken;
    }

    /// <summary>Steps over the comma between two entries and the space after it.</summary>
    private bool Comma()
    {
        if (Peek() != ',')
        {
            return false;
        }

        _at++;
        return SkipSpace(topLevel: false);
    }

    /// <summary>Steps over a closing bracket: a collection ends where its bracket starts, as SharpYaml marks it.</summary>
    private T Close<T>(T collection)
    {
        _at++;
        return collection;
    }

    /// <summary>A number, true, false or null: a plain scalar whose value is its text.</summary>
    [MethodImpl(Optimized)]
    private YamlScalar? Plain()
    {
        var start = Here;
        var first = Peek();
        if (first is 't' or 'f' or 'n')
        {
            var word = first == 't' ? "true" : first == 'f' ? "false" : "null";
            if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            {
                return null;
            }

            _at += word.Length;
            return EndsToken() ? new YamlScalar(word, isPlain: true, start, Here) : null;
        }

        // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        if (Peek() == '-')
        {
            _at++;
        }

        if (Peek() == '0')
        {
            _at++;
        }
        else if (!Digits())
        {
            return null;
        }

        if (Peek() == '.')
        {
            _at++;
            if (!Digits())
            {
                return null;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _at++;
            if (Peek() is '+' or '-')
            {
                _at++;
            }

            if (!Digits())
            {
                return null;
            }
        }

        return EndsToken() ? new YamlScalar(_strings.Get(_text, start.Offset, _at - start.Offset), isPlain: true, start, Here) : null;
    }

    private bool Digits()
    {
        var from = _at;
        while (Peek() is >= '0' and <= '9')
        {
            _at++;
        }

        return _at > from;
    }

    /// <summary>A plain scalar ends where JSON puts whitespace, a comma or a closing bracket.</summary>
    private bool EndsToken() => _at < _text.Length && _text[_at] is ' ' or '\n' or '\r' or ',' or '}' or ']';

    /// <summary>A double-quoted string's value, the reader after its closing quote; null for what YAML could read differently.</summary>
    [MethodImpl(Optimized)]
    private string? String()
    {
        var from = ++_at;
        StringBuilder? unescaped = null;
        var runStart = from;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '"')
            {
                var text = unescaped is null
                    ? _strings.Get(_text, from, _at - from)
                    : unescaped.Append(_text, runStart, _at - runStart).ToString();
                _at++;
                return text;
            }

            if (c == '\\')
            {
                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, _at - runStart);
                if (Escape() is not { } escaped)
                {
                    return null;
                }

                unescaped.Append(escaped);
                runStart = _at;
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                // A well-formed pair is one printable character.
                if (_at + 1 >= _text.Length || !char.IsLowSurrogate(_text[_at + 1]))
                {
                    return null;
                }

                _at += 2;
                continue;
            }

            if (!IsPrintable(c))
            {
                return null;
            }

            _at++;
        }

        return null;
    }

    /// <summary>A JSON escape (the reader on its backslash), with the character YAML's double-quoted style gives it.</summary>
    private char? Escape()
    {
        if (_at + 1 >= _text.Length)
        {
            return null;
        }

        var kind = _text[_at + 1];
        _at += 2;
        switch (kind)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_at + 4 > _text.Length)
                {
                    return null;
                }

                var code = 0;
                for (var i = 0; i < 4; i++)
                {
                    var digit = HexValue(_text[_at + i]);
                    if (digit < 0)
                    {
                        return null;
                    }

                    code = (code * 16) + digit;
                }

                _at += 4;
                // An escaped surrogate is not a code point YAML accepts on its own: leave it to the YAML reader.
                return code is >= 0xD800 and <= 0xDFFF ? null : (char)code;
            default:
                return null;
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Printable and not a YAML line break: JSON forbids control characters in strings, and YAML would fold the
    /// ones it treats as line breaks (NEL, LS, PS); a byte-order mark or a non-character is left to the YAML reader.
    /// </summary>
    private static bool IsPrintable(char c) => c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\u2027') or (>= '\u202A' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') && c != '\uFEFF';

    /// <summary>Skips JSON whitespace, counting lines as YAML does; false on a tab where YAML forbids one (outside any bracket).</summary>
    [MethodImpl(Optimized)]
    private bool SkipSpace(bool topLevel)
    {
        while (_at < _text.Length)
        {
            switch (_text[_at])
            {
                case ' ':
                    _at++;
                    break;
                case '\t':
                    if (topLevel)
                    {
                        return false;
                    }

                    _at++;
                    break;
                case '\n':
                    NewLine(_at + 1);
                    break;
                case '\r':
                    NewLine(_at + 1 < _text.Length && _text[_at + 1] == '\n' ? _at + 2 : _at + 1);
                    break;
                default:
                    return true;
            }
        }

        return true;
    }

    private void NewLine(int next)
    {
        _at = next;
        _line++;
        _lineStart = next;
    }

    /// <summary>
    /// One string per distinct short text: keys and small values ("type", "string", "description") repeat thousands
    /// of times in a spec, and the tree keeps them all for the whole parse.
    /// </summary>
    private sealed class StringTable
    {
        private const int MaxLength = 32;
        private readonly string?[] _slots = new string?[4096];

        [MethodImpl(Optimized)]
        public string Get(string text, int start, int length)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            if (length > MaxLength)
            {
                return text.Substring(start, length);
            }

            var hash = length;
            for (var i = start; i < start + length; i++)
            {
                hash = unchecked((hash * 31) + text[i]);
            }

            var slot = hash & (_slots.Length - 1);
            var known = _slots[slot];
            if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
            {
                return known;
            }

            return _slots[slot] = text.Substring(start, length);
        }
    }
}
