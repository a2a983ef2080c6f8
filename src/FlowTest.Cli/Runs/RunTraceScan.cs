using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FlowTest.Artifacts.Digest;
using FlowTest.Cli.Terminal;
using FlowTest.Reading;

namespace FlowTest.Cli.Runs;

/// <summary>
/// Streams a run's trace for a command: records one at a time (constant memory) or straight into a
/// <see cref="RunDigest"/> (no record per line), a progress bar on a terminal, and one warning on
/// stderr for the lines that had to be skipped.
/// </summary>
internal sealed class RunTraceScan
{
    // Checking the clock on every record would cost more than parsing some of them.
    private const int ProgressEveryRecords = 4096;

    private readonly RunEntry _run;
    private readonly CliConsole _console;

    public RunTraceScan(RunEntry run, CliConsole console)
    {
        _run = run;
        _console = console;
    }

    public TraceReader Reader { get; } = new();

    /// <summary>What the last read saw: <see cref="Records"/>' reader or <see cref="Digest"/>'s.</summary>
    public TraceReadStats Stats { get; private set; } = new();

    /// <summary>The run digested straight from its trace bytes (what <c>summary</c> and <c>diff</c> need).</summary>
    public RunDigest Digest(RunDigestOptions? options = null)
    {
        using var progress = new ProgressBar(_console, TotalBytes(), "reading " + _run.RunId);
        var reader = new RunDigestReader(options) { Progress = progress.Report };
        Stats = reader.Stats;
        return reader.ReadRun(_run.Directory);
    }

    /// <summary>All records of the run in trace order.</summary>
    public IEnumerable<TraceRecord> Records()
    {
        Stats = Reader.Stats;
        using var progress = new ProgressBar(_console, TotalBytes(), "reading " + _run.RunId);
        var count = 0;
        foreach (var record in Reader.ReadRun(_run.Directory))
        {
            if (++count % ProgressEveryRecords == 0)
            {
                progress.Report(Reader.Stats.Bytes);
            }

            yield return record;
        }
    }

    /// <summary>Writes one warning naming how many lines were skipped and where the first ones were.</summary>
    public void ReportSkippedLines()
    {
        var stats = Stats;
        if (!stats.HasProblems)
        {
            return;
        }

        var skipped = stats.Malformed + stats.Oversized + stats.PartialTail;
        _console.Error.WriteLine("warning: " + skipped.ToString(CultureInfo.InvariantCulture) + " unreadable trace line(s) skipped: "
            + string.Join("; ", stats.Problems.Take(3)) + (stats.Problems.Count > 3 ? "; …" : ""));
    }

    private long TotalBytes() => TraceFiles.Enumerate(_run.Directory).Sum(SafeLength);

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
