using System;
using System.Globalization;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// A run of consecutive trace lines copied out of the scanner's buffer, so that a worker thread can
/// read their fields (<see cref="ReadFields"/>) while the scanner goes on; the reader then applies
/// them in order. Problems (oversized, partial lines) ride along in place so counts keep line order.
/// </summary>
internal sealed class TraceLineBatch
{
    /// <summary>Bytes a batch collects before it is handed to a worker.</summary>
    public const int TargetBytes = 256 * 1024;

    private const int MaxEntries = 2048;

    private readonly Entry[] _entries = new Entry[MaxEntries];
    private byte[] _bytes = new byte[TargetBytes + 4096];
    private int _byteCount;

    public int Count { get; private set; }

    public bool IsFull => Count == MaxEntries || _byteCount >= TargetBytes;

    public void Clear()
    {
        Count = 0;
        _byteCount = 0;
    }

    /// <summary>Adds what <paramref name="scanner"/> just returned: a line or a problem.</summary>
    public void Add(TraceLineScanner scanner, int start, int length)
    {
        ref var entry = ref _entries[Count++];
        entry.Problem = scanner.Problem;
        entry.Where = scanner.Problem == TraceLineProblem.None ? null : scanner.Where;
        entry.LineNumber = scanner.LineNumber;
        entry.Start = _byteCount;
        entry.Length = length;
        entry.Fields = default;
        entry.IsValid = false;
        if (length == 0)
        {
            return;
        }

        if (_byteCount + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + length));
        }

        Buffer.BlockCopy(scanner.Buffer, start, _bytes, _byteCount, length);
        _byteCount += length;
    }

    /// <summary>Reads every line's fields; safe on a worker thread (touches only this batch).</summary>
    public void ReadFields()
    {
        var reader = new TraceLineFieldReader();
        for (var i = 0; i < Count; i++)
        {
            ref var entry = ref _entries[i];
            if (entry.Problem == TraceLineProblem.None)
            {
                entry.IsValid = reader.TryRead(new ReadOnlySpan<byte>(_bytes, entry.Start, entry.Length), out entry.Fields);
            }
        }
    }

    /// <summary>Counts and digests the lines in order (on the digest's thread).</summary>
    public void Apply(TraceLineDigester digester, TraceReadStats stats, string name, int maxLineBytes)
    {
        for (var i = 0; i < Count; i++)
        {
            ref var entry = ref _entries[i];
            if (entry.Problem != TraceLineProblem.None)
            {
                stats.Count(entry.Problem, entry.Where!, maxLineBytes);
            }
            else if (entry.IsValid)
            {
                stats.CountRecord();
                digester.Apply(ref entry.Fields, new ReadOnlySpan<byte>(_bytes, entry.Start, entry.Length));
            }
            else
            {
                stats.CountMalformed(name + ":" + entry.LineNumber.ToString(CultureInfo.InvariantCulture));
            }

            // Records and strings are the digest's now: the batch is reused.
            entry.Fields = default;
        }
    }

    private struct Entry
    {
        public int Start;
        public int Length;
        public long LineNumber;
        public TraceLineProblem Problem;
        public string? Where;
        public bool IsValid;
        public TraceLineFields Fields;
    }
}
