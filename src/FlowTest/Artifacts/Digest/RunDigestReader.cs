using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Builds a run's <see cref="RunDigest"/> straight from its trace files: lines split by
/// <see cref="TraceLineScanner"/> (or <see cref="TraceChunkLines"/>), fields read in place by
/// <see cref="TraceLineFieldReader"/> and applied by <see cref="TraceLineDigester"/>, with no
/// <see cref="TraceRecord"/> per line. Skipped lines are counted in <see cref="Stats"/> exactly as
/// <see cref="TraceReader"/> counts them.
/// </summary>
/// <remarks>
/// With more than one core and a large trace, this thread only reads raw chunks that end on a line
/// boundary (<see cref="TraceChunkReader"/>) and applies finished batches in order; splitting lines
/// and reading fields (the JSON work) runs on worker threads. The digest itself stays
/// single-threaded and sees lines in trace order, so the result is the same as the sequential path's.
/// </remarks>
internal sealed class RunDigestReader
{
    /// <summary>How often (in lines) <see cref="Progress"/> is told the bytes read so far, at least.</summary>
    public const int ProgressEveryLines = 4096;

    private const int MaxBatchesInFlight = 6;

    private readonly TraceLineDigester _digester;
    private readonly int _maxLineBytes;
    private readonly int _chunkBytes;
    private readonly Stack<TraceLineBatch> _spareBatches = new();

    /// <param name="options">The digest's bounds.</param>
    /// <param name="maxLineBytes">Longer lines are skipped and counted as oversized.</param>
    /// <param name="parallel">Read fields on worker threads; by default when there is more than one core.</param>
    /// <param name="chunkBytes">Bytes a worker gets at a time; streams under four chunks are read on this thread alone.</param>
    public RunDigestReader(
        RunDigestOptions? options = null,
        int maxLineBytes = TraceReader.DefaultMaxLineBytes,
        bool? parallel = null,
        int chunkBytes = TraceChunkReader.DefaultChunkBytes)
    {
        if (maxLineBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes, "a trace line needs at least 16 bytes");
        }

        _maxLineBytes = maxLineBytes;
        _chunkBytes = chunkBytes;
        Parallel = parallel ?? Environment.ProcessorCount > 1;
        Digest = new RunDigest(options);
        _digester = new TraceLineDigester(Digest);
    }

    public RunDigest Digest { get; }

    /// <summary>Counts over everything this reader has read so far.</summary>
    public TraceReadStats Stats { get; } = new();

    /// <summary>Whether large streams are read with worker threads.</summary>
    public bool Parallel { get; }

    /// <summary>Called with <see cref="TraceReadStats.Bytes"/> as reading goes on (a progress bar).</summary>
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
        if (Parallel && (!stream.CanSeek || stream.Length >= 4L * _chunkBytes))
        {
            ReadInBatches(stream, name);
            return;
        }

        using var scanner = new TraceLineScanner(stream, name, Stats, _maxLineBytes);
        ReadLineByLine(scanner);
    }

    private void ReadLineByLine(TraceLineScanner scanner)
    {
        var reader = new TraceLineFieldReader();
        var sinceProgress = 0;
        while (scanner.TryReadLine(out var start, out var length))
        {
            var line = new ReadOnlySpan<byte>(scanner.Buffer, start, length);
            if (scanner.Problem != TraceLineProblem.None)
            {
                Stats.Count(scanner.Problem, scanner.Where, _maxLineBytes);
            }
            else if (reader.TryRead(line, out var fields))
            {
                Stats.CountRecord();
                _digester.Apply(ref fields, line);
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

    private void ReadInBatches(Stream stream, string name)
    {
        // Enough batches in flight to keep a few cores busy, few enough to keep memory flat.
        var maxInFlight = Math.Min(MaxBatchesInFlight, Math.Max(2, Environment.ProcessorCount * 2));
        var inFlight = new Queue<KeyValuePair<TraceLineBatch, Task>>();
        var chunks = new TraceChunkReader(stream, Stats, _maxLineBytes, _chunkBytes);
        var lineNumber = 0L;
        var batch = RentBatch();
        while (chunks.TryRead(batch.Chunk))
        {
            inFlight.Enqueue(Start(batch));
            if (inFlight.Count >= maxInFlight)
            {
                ApplyOldest(inFlight, name, ref lineNumber);
            }

            // Never the batch just started: its chunk still holds the start of the next line.
            batch = RentBatch();
        }

        _spareBatches.Push(batch);
        while (inFlight.Count > 0)
        {
            ApplyOldest(inFlight, name, ref lineNumber);
        }
    }

    private static KeyValuePair<TraceLineBatch, Task> Start(TraceLineBatch batch) =>
        new(batch, Task.Run(batch.ReadFields));

    private void ApplyOldest(Queue<KeyValuePair<TraceLineBatch, Task>> inFlight, string name, ref long lineNumber)
    {
        var oldest = inFlight.Dequeue();
        WaitInline(oldest.Value);
        oldest.Key.Apply(_digester, Stats, name, ref lineNumber);
        _spareBatches.Push(oldest.Key);
        Progress?.Invoke(Stats.Bytes);
    }

    /// <summary>
    /// Waits for a batch's field reading; if no worker has picked it up yet, this thread reads it
    /// itself (<see cref="Task.Wait()"/> runs a task that has not started inline), so on two cores the
    /// command's thread does field work instead of idling. A fault surfaces as the original exception.
    /// </summary>
    private static void WaitInline(Task reading)
    {
        try
        {
            reading.Wait();
        }
        catch (AggregateException)
        {
            // Rethrown unwrapped just below.
        }

        reading.GetAwaiter().GetResult();
    }

    private TraceLineBatch RentBatch() => _spareBatches.Count > 0 ? _spareBatches.Pop() : new TraceLineBatch(_chunkBytes, _maxLineBytes);
}
