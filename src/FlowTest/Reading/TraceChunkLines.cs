using System;

namespace FlowTest.Reading;

/// <summary>
/// Splits a <see cref="TraceChunk"/>'s lines with <see cref="TraceLineScanner"/>'s rule: blank lines
/// dropped (but numbered), a line longer than the limit reported as
/// <see cref="TraceLineProblem.Oversized"/> instead of handed out. Pure: touches only the span, so
/// it runs on any thread.
/// </summary>
internal ref struct TraceChunkLines
{
    private readonly ReadOnlySpan<byte> _lines;
    private readonly int _maxLineBytes;
    private int _next;

    /// <param name="lines">Whole lines, each ending in <c>\n</c> (a missing last one is assumed).</param>
    /// <param name="maxLineBytes">Longer lines are reported as oversized.</param>
    public TraceChunkLines(ReadOnlySpan<byte> lines, int maxLineBytes)
    {
        _lines = lines;
        _maxLineBytes = maxLineBytes;
        _next = 0;
        LineNumber = 0;
        Problem = TraceLineProblem.None;
    }

    /// <summary>Lines passed so far, blank ones included: the number of the last line returned, counted from the chunk's start.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Why the last <see cref="TryReadLine"/> returned no line, or <see cref="TraceLineProblem.None"/>.</summary>
    public TraceLineProblem Problem { get; private set; }

    /// <summary>
    /// The next non-blank line that is not longer than the limit, without its <c>\n</c> (offsets into
    /// the span), or an oversized line (then <see cref="Problem"/> says so and <paramref name="length"/>
    /// is 0); <see langword="false"/> at the end.
    /// </summary>
    public bool TryReadLine(out int start, out int length)
    {
        start = length = 0;
        Problem = TraceLineProblem.None;
        while (_next < _lines.Length)
        {
            var found = _lines.Slice(_next).IndexOf((byte)'\n');
            var lineStart = _next;
            var lineEnd = found < 0 ? _lines.Length : _next + found;
            _next = lineEnd + 1;
            LineNumber++;
            var line = _lines.Slice(lineStart, lineEnd - lineStart);
            if (TraceLineScanner.IsBlank(line))
            {
                continue;
            }

            if (line.Length > _maxLineBytes)
            {
                Problem = TraceLineProblem.Oversized;
                return true;
            }

            start = lineStart;
            length = line.Length;
            return true;
        }

        return false;
    }
}
