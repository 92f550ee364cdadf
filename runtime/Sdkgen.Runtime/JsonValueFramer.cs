using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>
/// Cuts a stream of JSON values into one value at a time, each handed over as soon as its last byte has arrived:
/// newline-delimited JSON (NDJSON, JSON Lines), values simply concatenated, and RFC 7464 JSON text sequences
/// (whitespace and record separators between values are skipped). Each arriving chunk is scanned once.
/// </summary>
internal sealed class JsonValueFramer : IDisposable
{
    private const byte RecordSeparator = 0x1E;
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _start;
    private int _end;
    private int _scanned;
    private JsonReaderState _state;
    private bool _atStart = true;
    private bool _ended;

    /// <summary>Creates a framer that reads, and when disposed disposes, <paramref name="stream"/>.</summary>
    public JsonValueFramer(Stream stream) => _stream = stream;

    /// <summary>What has arrived of the value being read, for error messages.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    /// <summary>
    /// The next complete value's UTF-8 JSON, valid until the next call; null once the stream ends between values.
    /// </summary>
    /// <exception cref="JsonException">The data is not JSON, or the stream ends inside a value.</exception>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryTakeValue(out ReadOnlyMemory<byte> value))
            {
                return value;
            }

            if (_ended)
            {
                return null;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private bool TryTakeValue(out ReadOnlyMemory<byte> value)
    {
        value = default;
        if (_scanned == 0 && !SkipToValue())
        {
            return false;
        }

        // Resume where the last chunk left off: the reader state carries the depth and any partial token.
        Utf8JsonReader reader = new(_buffer.AsSpan(_start + _scanned, _end - _start - _scanned), _ended, _state);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                int length = _scanned + (int)reader.BytesConsumed;
                value = _buffer.AsMemory(_start, length);
                _start += length;
                _scanned = 0;
                _state = default;
                return true;
            }
        }

        _scanned += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return false;
    }

    /// <summary>Skips separators (and a byte order mark at the very start); true when a value's first byte is here.</summary>
    private bool SkipToValue()
    {
        if (_atStart)
        {
            ReadOnlySpan<byte> head = Pending;
            if (!_ended && head.Length < ByteOrderMark.Length && ByteOrderMark.StartsWith(head))
            {
                return false;
            }

            _start += head.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
            _atStart = false;
        }

        while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or RecordSeparator)
        {
            _start++;
        }

        return _start < _end;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Pending.CopyTo(_buffer);
            }
            else
            {
                // One value fills the buffer: make room for the rest of it.
                byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Pending.CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            _end -= _start;
            _start = 0;
        }

        int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _ended = read == 0;
    }
}
