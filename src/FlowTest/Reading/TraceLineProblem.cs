namespace FlowTest.Reading;

/// <summary>A line a splitter (<see cref="TraceLineScanner"/>, <see cref="TraceChunkReader"/>, <see cref="TraceChunkLines"/>) reports instead of handing it out.</summary>
internal enum TraceLineProblem : byte
{
    None,

    /// <summary>Longer than the reader's limit; skipped unread.</summary>
    Oversized,

    /// <summary>The last line had no <c>\n</c> (a writer killed mid-line, or still writing).</summary>
    PartialTail,
}
