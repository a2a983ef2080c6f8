using System;
using System.Globalization;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// One <see cref="TraceChunk"/> of raw trace bytes: a worker thread splits it into lines and reads
/// their fields (<see cref="ReadFields"/>) while the stream is read on; the reader then applies the
/// lines in order (<see cref="Apply"/>). Nothing is copied per line. Problems (oversized, partial
/// lines) ride along in place, numbered when applied, so counts and locations keep line order.
/// </summary>
internal sealed class TraceLineBatch
{
    // Marks in Entry.Fields for lines that have no fields.
    private const int Malformed = -1;
    private const int Oversized = -2;

    private readonly int _maxLineBytes;
    private Entry[] _entries = new Entry[1024];
    private TraceLineFields[] _fields = new TraceLineFields[1024];
    private int _count;
    private int _lineCount;

    public TraceLineBatch(int chunkBytes, int maxLineBytes)
    {
        Chunk = new TraceChunk(chunkBytes);
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The bytes to read: filled by <see cref="TraceChunkReader"/> before <see cref="ReadFields"/>.</summary>
    public TraceChunk Chunk { get; }

    /// <summary>Splits the chunk and reads every line's fields; safe on a worker thread (touches only this batch).</summary>
    public void ReadFields()
    {
        var reader = new TraceLineFieldReader();
        var lines = new TraceChunkLines(Chunk.Lines, _maxLineBytes);
        var offset = Chunk.Start;
        var valid = 0;
        _count = 0;
        while (lines.TryReadLine(out var start, out var length))
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            ref var entry = ref _entries[_count++];
            entry.Start = offset + start;
            entry.Length = length;
            entry.LineNumber = lines.LineNumber;
            if (lines.Problem == TraceLineProblem.Oversized)
            {
                entry.Fields = Oversized;
                continue;
            }

            if (valid == _fields.Length)
            {
                Array.Resize(ref _fields, _fields.Length * 2);
            }

            if (reader.TryRead(new ReadOnlySpan<byte>(Chunk.Bytes, entry.Start, length), out _fields[valid]))
            {
                entry.Fields = valid++;
            }
            else
            {
                entry.Fields = Malformed;
            }
        }

        _lineCount = lines.LineNumber;
    }

    /// <summary>
    /// Counts and digests the lines in order (on the digest's thread); <paramref name="lineNumber"/>
    /// is the number of lines before this chunk and is moved past it.
    /// </summary>
    public void Apply(TraceLineDigester digester, TraceReadStats stats, string name, ref long lineNumber)
    {
        var bytes = Chunk.Bytes;
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[i];
            if (entry.Fields >= 0)
            {
                stats.CountRecord();
                ref var fields = ref _fields[entry.Fields];
                digester.Apply(ref fields, new ReadOnlySpan<byte>(bytes, entry.Start, entry.Length));

                // Records and strings are the digest's now: the batch is reused.
                fields = default;
            }
            else if (entry.Fields == Malformed)
            {
                stats.CountMalformed(Where(name, lineNumber + entry.LineNumber));
            }
            else
            {
                stats.CountOversized(Where(name, lineNumber + entry.LineNumber), _maxLineBytes);
            }
        }

        lineNumber += _lineCount;
        if (Chunk.TailProblem != TraceLineProblem.None)
        {
            // The line after the chunk's lines (an oversized one's '\n' comes in a later chunk and takes this number).
            stats.Count(Chunk.TailProblem, Where(name, lineNumber + 1), _maxLineBytes);
        }

        _count = 0;
    }

    private static string Where(string name, long lineNumber) => name + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);

    private struct Entry
    {
        public int Start;
        public int Length;

        /// <summary>Counted from the chunk's start.</summary>
        public int LineNumber;

        /// <summary>Index into the batch's fields, or <see cref="Malformed"/> / <see cref="Oversized"/>.</summary>
        public int Fields;
    }
}
