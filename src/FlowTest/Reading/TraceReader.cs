using System;
using System.Collections.Generic;
using System.IO;

namespace FlowTest.Reading;

/// <summary>
/// Streams the records of a run's trace with constant memory: lines split by
/// <see cref="TraceLineScanner"/> and parsed by <see cref="TraceLineParser"/>. Bad lines are counted in
/// <see cref="Stats"/> and skipped; reading never fails because of the content of a trace.
/// </summary>
/// <remarks>Not thread-safe; enumerate one sequence at a time.</remarks>
internal sealed class TraceReader
{
    /// <summary>Lines longer than this are skipped by default (payloads are capped far below it).</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    public TraceReader(int maxLineBytes = DefaultMaxLineBytes)
    {
        if (maxLineBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes, "a trace line needs at least 16 bytes");
        }

        MaxLineBytes = maxLineBytes;
    }

    public int MaxLineBytes { get; }

    /// <summary>Counts over everything this reader has read so far.</summary>
    public TraceReadStats Stats { get; } = new();

    /// <summary>Every part of the run's trace, in order (see <see cref="TraceFiles.Enumerate"/>).</summary>
    public IEnumerable<TraceRecord> ReadRun(string runDirectory)
    {
        foreach (var path in TraceFiles.Enumerate(runDirectory))
        {
            foreach (var record in ReadFile(path))
            {
                yield return record;
            }
        }
    }

    /// <summary>One trace file; opened so that a writer may keep appending meanwhile.</summary>
    public IEnumerable<TraceRecord> ReadFile(string path)
    {
        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        foreach (var record in Read(stream, Path.GetFileName(path)))
        {
            yield return record;
        }
    }

    /// <summary>Records from <paramref name="stream"/>; <paramref name="name"/> labels problems in <see cref="Stats"/>.</summary>
    public IEnumerable<TraceRecord> Read(Stream stream, string name = "trace")
    {
        using var scanner = new TraceLineScanner(stream, name, Stats, MaxLineBytes);
        while (scanner.TryReadLine(out var start, out var length))
        {
            if (scanner.Problem != TraceLineProblem.None)
            {
                Stats.Count(scanner.Problem, scanner.Where, MaxLineBytes);
            }
            else if (ParseLine(scanner, start, length) is { } record)
            {
                yield return record;
            }
        }
    }

    private TraceRecord? ParseLine(TraceLineScanner scanner, int start, int length)
    {
        if (TraceLineParser.TryParse(new ReadOnlySpan<byte>(scanner.Buffer, start, length), out var record))
        {
            Stats.CountRecord();
            return record;
        }

        Stats.CountMalformed(scanner.Where);
        return null;
    }
}
