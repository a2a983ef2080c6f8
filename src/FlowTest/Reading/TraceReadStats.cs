using System.Collections.Generic;
using System.Globalization;

namespace FlowTest.Reading;

/// <summary>
/// What a <see cref="TraceReader"/> saw. Every non-blank line lands in exactly one bucket:
/// <c>Lines = Records + Malformed + Oversized + PartialTail</c>.
/// </summary>
internal sealed class TraceReadStats
{
    /// <summary>How many problems keep their location in <see cref="Problems"/>.</summary>
    public const int MaxProblems = 10;

    private readonly List<string> _problems = new();

    /// <summary>Non-blank lines seen, including a partial last line.</summary>
    public long Lines { get; private set; }

    /// <summary>Lines parsed into records (known and unknown events alike).</summary>
    public long Records { get; private set; }

    /// <summary>Complete lines that were not a valid trace line.</summary>
    public long Malformed { get; private set; }

    /// <summary>Lines longer than the reader's limit, skipped unread.</summary>
    public long Oversized { get; private set; }

    /// <summary>Last lines without their <c>\n</c> (a writer killed mid-line, or still writing).</summary>
    public long PartialTail { get; private set; }

    /// <summary>Bytes read from all files.</summary>
    public long Bytes { get; private set; }

    /// <summary>The first <see cref="MaxProblems"/> skipped lines as <c>file:line: what</c>, for warnings.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Whether any line was skipped.</summary>
    public bool HasProblems => Malformed + Oversized + PartialTail > 0;

    internal void CountRecord()
    {
        Lines++;
        Records++;
    }

    internal void CountMalformed(string where)
    {
        Lines++;
        Malformed++;
        Note(where + ": malformed line skipped");
    }

    internal void CountOversized(string where, int limit)
    {
        Lines++;
        Oversized++;
        Note(where + ": line longer than " + limit.ToString(CultureInfo.InvariantCulture) + " bytes skipped");
    }

    internal void CountPartialTail(string where)
    {
        Lines++;
        PartialTail++;
        Note(where + ": partial last line (no newline) skipped");
    }

    internal void CountBytes(int bytes) => Bytes += bytes;

    /// <summary>Counts a line a splitter reported as a problem (<see cref="TraceLineProblem"/>).</summary>
    internal void Count(TraceLineProblem problem, string where, int maxLineBytes)
    {
        if (problem == TraceLineProblem.Oversized)
        {
            CountOversized(where, maxLineBytes);
        }
        else if (problem == TraceLineProblem.PartialTail)
        {
            CountPartialTail(where);
        }
    }

    private void Note(string problem)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
    }
}
