using System;
using System.Buffers;
using System.Globalization;
using System.IO;

namespace FlowTest.Reading;

/// <summary>
/// Splits one trace stream into lines with constant memory: one pooled buffer that grows to at most
/// <c>maxLineBytes</c>, lines split on <c>\n</c>. Blank lines are dropped; an oversized line or a
/// partial last line is reported as a <see cref="Problem"/> instead of a line, in line order, so the
/// caller counts every line (record, malformed, oversized, partial) in the order it was read.
/// </summary>
/// <remarks>
/// Pull-based (<see cref="TryReadLine"/>) so that both an iterator (<see cref="TraceReader"/>) and a
/// tight loop over spans (the digest's reader) share one splitting rule.
/// </remarks>
internal sealed class TraceLineScanner : IDisposable
{
    private const int InitialBufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly string _name;
    private readonly TraceReadStats _stats; // only Bytes: the caller counts lines
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;          // first byte of the current line
    private int _end;            // end of valid data
    private int _scanned;        // bytes before this were searched for '\n' already
    private bool _discarding;    // inside an oversized line: drop bytes until its '\n'
    private bool _finished;
    private long _whereLine;   // the line the last line or problem returned is on

    public TraceLineScanner(Stream stream, string name, TraceReadStats stats, int maxLineBytes)
    {
        _stream = stream;
        _name = name;
        _stats = stats;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, maxLineBytes + 1));
    }

    /// <summary>The buffer the last line returned by <see cref="TryReadLine"/> lives in (valid until the next call).</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Lines ended by a <c>\n</c> so far.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Why the last <see cref="TryReadLine"/> returned no line, or <see cref="TraceLineProblem.None"/>.</summary>
    public TraceLineProblem Problem { get; private set; }

    public int MaxLineBytes => _maxLineBytes;

    /// <summary>Where the last line or problem returned is, as <c>name:line</c> for problem reports.</summary>
    public string Where => Describe(_name, _whereLine);

    /// <summary>
    /// The next non-blank line that is not longer than the limit, without its <c>\n</c>, or the next
    /// <see cref="Problem"/> (then <paramref name="length"/> is 0); <see langword="false"/> at the end.
    /// </summary>
    public bool TryReadLine(out int start, out int length)
    {
        start = length = 0;
        Problem = TraceLineProblem.None;
        while (!_finished)
        {
            var newline = IndexOfNewline(_scanned, _end);
            if (newline >= 0)
            {
                LineNumber++;
                var lineStart = _start;
                _start = _scanned = newline + 1;
                if (_discarding)
                {
                    _discarding = false;
                    continue;
                }

                if (IsBlank(lineStart, newline - lineStart))
                {
                    continue;
                }

                _whereLine = LineNumber;
                if (newline - lineStart > _maxLineBytes)
                {
                    Problem = TraceLineProblem.Oversized;
                    return true;
                }

                start = lineStart;
                length = newline - lineStart;
                return true;
            }

            if (Refill())
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }
    }

    private static string Describe(string name, long lineNumber) => name + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads more bytes; <see langword="true"/> when that turned up a <see cref="Problem"/>.</summary>
    private bool Refill()
    {
        var problem = false;
        if (_discarding)
        {
            _start = _end = _scanned = 0;
        }
        else if (_end - _start > _maxLineBytes)
        {
            // Numbered now, although its '\n' (which ends the discarding) comes later.
            problem = true;
            Problem = TraceLineProblem.Oversized;
            _discarding = true;
            _start = _end = _scanned = 0;
        }
        else
        {
            MakeRoom();
            _scanned = _end;
        }

        if (problem)
        {
            // Report the line as LineNumber + 1 without consuming its number: the '\n' that ends it does.
            _whereLine = LineNumber + 1;
            return true;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read <= 0)
        {
            _finished = true;
            if (!_discarding && !IsBlank(_start, _end - _start))
            {
                Problem = TraceLineProblem.PartialTail;
                _whereLine = LineNumber + 1;
                return true;
            }

            return false;
        }

        _stats.CountBytes(read);
        _end += read;
        return false;
    }

    private int IndexOfNewline(int from, int to)
    {
        // The span search is vectorised (also in System.Memory on netstandard2.0).
        var found = new ReadOnlySpan<byte>(_buffer, from, to - from).IndexOf((byte)'\n');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Whether a line holds only spaces, tabs and <c>\r</c>: such lines are dropped uncounted.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsBlank(int start, int length) => IsBlank(new ReadOnlySpan<byte>(_buffer, start, length));

    /// <summary>Moves the unfinished line to the front and grows the buffer when it is full.</summary>
    private void MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end < _buffer.Length)
        {
            return;
        }

        // Room for the longest accepted line plus its '\n'; beyond that the line is oversized anyway.
        var grown = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxLineBytes + 2));
        System.Buffer.BlockCopy(_buffer, 0, grown, 0, pending);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }
}
