using System;

namespace FlowTest.Reading;

/// <summary>
/// Whole trace lines read straight from a stream by <see cref="TraceChunkReader"/>, each ending in
/// <c>\n</c>, so that another thread can split and read them (<see cref="TraceChunkLines"/>) while
/// the stream is read on. An oversized or partial line the reader found right after them rides
/// along as <see cref="TailProblem"/>, so problems keep their place in line order.
/// </summary>
internal sealed class TraceChunk
{
    public TraceChunk(int capacity)
    {
        Bytes = new byte[capacity];
    }

    /// <summary>The buffer; grows (up to the line limit) when one line does not fit.</summary>
    public byte[] Bytes { get; private set; }

    /// <summary>First byte of the lines.</summary>
    public int Start { get; private set; }

    /// <summary>End of the lines (exclusive): just past their last <c>\n</c>.</summary>
    public int End { get; private set; }

    /// <summary>End of the bytes read: <c>[End, Filled)</c> is the start of the next chunk's first line.</summary>
    public int Filled { get; private set; }

    /// <summary>A line that came right after these lines and was not handed out, or <see cref="TraceLineProblem.None"/>.</summary>
    public TraceLineProblem TailProblem { get; internal set; }

    /// <summary>The lines, each with its <c>\n</c>.</summary>
    public ReadOnlySpan<byte> Lines => new(Bytes, Start, End - Start);

    public int Capacity => Bytes.Length;

    internal void Set(int start, int end, int filled)
    {
        Start = start;
        End = end;
        Filled = filled;
    }

    internal void Reset()
    {
        Start = End = Filled = 0;
        TailProblem = TraceLineProblem.None;
    }

    /// <summary>At least <paramref name="capacity"/> bytes, keeping the first <paramref name="keep"/>.</summary>
    internal void Grow(int capacity, int keep)
    {
        if (capacity <= Bytes.Length)
        {
            return;
        }

        var grown = new byte[capacity];
        Buffer.BlockCopy(Bytes, 0, grown, 0, keep);
        Bytes = grown;
    }
}
