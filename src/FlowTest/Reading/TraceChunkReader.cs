using System;
using System.IO;

namespace FlowTest.Reading;

/// <summary>
/// Reads a trace stream straight into <see cref="TraceChunk"/>s that end on a line boundary, without
/// looking at lines: the bytes after a chunk's last <c>\n</c> start the next chunk (one partial line
/// is copied, nothing else). Splitting is left to <see cref="TraceChunkLines"/> on whichever thread
/// reads the chunk. Counts bytes in <see cref="TraceReadStats"/>; what it reports matches
/// <see cref="TraceLineScanner"/>: a line longer than the limit that does not fit is dropped up to its
/// <c>\n</c> and reported as oversized, a last line without <c>\n</c> as partial.
/// </summary>
internal sealed class TraceChunkReader
{
    /// <summary>Bytes read into a chunk at a time (a chunk grows only for a longer line).</summary>
    public const int DefaultChunkBytes = 256 * 1024;

    private readonly Stream _stream;
    private readonly TraceReadStats _stats; // only Bytes: the caller counts lines
    private readonly int _maxLineBytes;
    private readonly int _chunkBytes;
    private TraceChunk? _previous; // its bytes past End start the next chunk
    private bool _discarding;      // inside an oversized line: drop bytes until its '\n'
    private bool _finished;

    public TraceChunkReader(Stream stream, TraceReadStats stats, int maxLineBytes, int chunkBytes = DefaultChunkBytes)
    {
        if (chunkBytes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkBytes), chunkBytes, "a chunk needs room for a line and its newline");
        }

        _stream = stream;
        _stats = stats;
        _maxLineBytes = maxLineBytes;
        _chunkBytes = chunkBytes;
    }

    /// <summary>
    /// Fills <paramref name="chunk"/> with the next whole lines and/or a <see cref="TraceChunk.TailProblem"/>;
    /// <see langword="false"/> at the end. The previous chunk must not be refilled before this returns:
    /// its last partial line is copied from it.
    /// </summary>
    public bool TryRead(TraceChunk chunk)
    {
        if (ReferenceEquals(chunk, _previous))
        {
            throw new ArgumentException("the previous chunk still holds the start of the next line", nameof(chunk));
        }

        chunk.Reset();
        if (_finished)
        {
            return false;
        }

        var filled = TakeCarry(chunk);
        var start = 0;
        var searched = filled; // a carried partial line has no '\n'
        while (true)
        {
            if (filled == chunk.Capacity)
            {
                // One unfinished line fills the buffer.
                if (filled > _maxLineBytes)
                {
                    chunk.TailProblem = TraceLineProblem.Oversized;
                    _discarding = true;
                    return true;
                }

                // Room for the longest accepted line plus its '\n'; beyond that it is oversized anyway.
                chunk.Grow(Math.Min(chunk.Capacity * 2, _maxLineBytes + 2), filled);
            }

            var read = _stream.Read(chunk.Bytes, filled, chunk.Capacity - filled);
            if (read <= 0)
            {
                _finished = true;
                return Finish(chunk, start, filled);
            }

            _stats.CountBytes(read);
            if (_discarding)
            {
                var newline = new ReadOnlySpan<byte>(chunk.Bytes, filled, read).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    continue; // filled stays 0: the bytes are dropped
                }

                // The '\n' stays: it ends the dropped line, so that line keeps its number.
                _discarding = false;
                start = searched = filled + newline;
            }

            filled += read;
            var last = new ReadOnlySpan<byte>(chunk.Bytes, searched, filled - searched).LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                chunk.Set(start, searched + last + 1, filled);
                _previous = chunk;
                return true;
            }

            searched = filled;
        }
    }

    /// <summary>Copies the previous chunk's trailing partial line to the front of <paramref name="chunk"/>.</summary>
    private int TakeCarry(TraceChunk chunk)
    {
        var previous = _previous;
        _previous = null;
        if (previous is null || previous.Filled == previous.End)
        {
            chunk.Grow(_chunkBytes, 0);
            return 0;
        }

        var carry = previous.Filled - previous.End;
        chunk.Grow(carry < _chunkBytes / 2 ? _chunkBytes : carry * 2, 0);
        Buffer.BlockCopy(previous.Bytes, previous.End, chunk.Bytes, 0, carry);
        return carry;
    }

    /// <summary>End of the stream: the whole lines left, then a partial or oversized last line.</summary>
    private bool Finish(TraceChunk chunk, int start, int filled)
    {
        if (_discarding)
        {
            return false;
        }

        var lines = new ReadOnlySpan<byte>(chunk.Bytes, start, filled - start);
        var end = start + lines.LastIndexOf((byte)'\n') + 1;

        var tail = new ReadOnlySpan<byte>(chunk.Bytes, end, filled - end);
        chunk.TailProblem = tail.Length > _maxLineBytes ? TraceLineProblem.Oversized
            : TraceLineScanner.IsBlank(tail) ? TraceLineProblem.None
            : TraceLineProblem.PartialTail;
        chunk.Set(start, end, end);
        return end > start || chunk.TailProblem != TraceLineProblem.None;
    }
}
