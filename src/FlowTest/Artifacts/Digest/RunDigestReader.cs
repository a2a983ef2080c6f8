using System;
using System.IO;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Builds a run's <see cref="RunDigest"/> straight from its trace files: lines split by
/// <see cref="TraceLineScanner"/> (one pooled buffer) and fed to <see cref="TraceLineDigester"/>,
/// with no <see cref="TraceRecord"/> per line. Skipped lines are counted in <see cref="Stats"/>
/// exactly as <see cref="TraceReader"/> counts them.
/// </summary>
/// <remarks>Single-threaded; one reader per digest.</remarks>
internal sealed class RunDigestReader
{
    /// <summary>How often (in lines) <see cref="Progress"/> is told the bytes read so far.</summary>
    public const int ProgressEveryLines = 4096;

    private readonly TraceLineDigester _digester;
    private readonly int _maxLineBytes;

    public RunDigestReader(RunDigestOptions? options = null, int maxLineBytes = TraceReader.DefaultMaxLineBytes)
    {
        if (maxLineBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes, "a trace line needs at least 16 bytes");
        }

        _maxLineBytes = maxLineBytes;
        Digest = new RunDigest(options);
        _digester = new TraceLineDigester(Digest);
    }

    public RunDigest Digest { get; }

    /// <summary>Counts over everything this reader has read so far.</summary>
    public TraceReadStats Stats { get; } = new();

    /// <summary>Called with <see cref="TraceReadStats.Bytes"/> every <see cref="ProgressEveryLines"/> lines (a progress bar).</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>Digests every part of the run's trace, in order (see <see cref="TraceFiles.Enumerate"/>).</summary>
    public RunDigest ReadRun(string runDirectory)
    {
        foreach (var path in TraceFiles.Enumerate(runDirectory))
        {
            ReadFile(path);
        }

        return Digest;
    }

    /// <summary>One trace file; opened so that a writer may keep appending meanwhile.</summary>
    public void ReadFile(string path)
    {
        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        Read(stream, Path.GetFileName(path));
    }

    /// <summary>Digests the lines of <paramref name="stream"/>; <paramref name="name"/> labels problems in <see cref="Stats"/>.</summary>
    public void Read(Stream stream, string name = "trace")
    {
        using var scanner = new TraceLineScanner(stream, name, Stats, _maxLineBytes);
        var sinceProgress = 0;
        while (scanner.TryReadLine(out var start, out var length))
        {
            if (_digester.TryDigest(new ReadOnlySpan<byte>(scanner.Buffer, start, length)))
            {
                Stats.CountRecord();
            }
            else
            {
                Stats.CountMalformed(scanner.Where);
            }

            if (++sinceProgress >= ProgressEveryLines)
            {
                sinceProgress = 0;
                Progress?.Invoke(Stats.Bytes);
            }
        }
    }
}
