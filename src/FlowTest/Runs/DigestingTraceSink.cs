using System;
using System.IO;
using FlowTest.Artifacts.Digest;
using FlowTest.Reading;
using FlowTest.Writing;

namespace FlowTest.Runs;

/// <summary>
/// The trace sink of a test host that created its run: appends through
/// <see cref="TraceFileAppender"/> and digests each batch right after appending it, on the writer
/// thread (beside the tests, not after them). If the host turns out to be the run's only writer,
/// finalization renders this digest instead of reading the whole trace back on VSTest's critical path.
/// </summary>
/// <remarks>
/// The digest is a function of the trace's bytes in order. It is handed out only when those bytes are
/// exactly the batches fed here: parts that started empty (the first, and each one this host rotated
/// into), that no other process appended to or rotated, no repaired line, no line the reader had to
/// skip, and each part as long as what was written into it. Otherwise the finalizer reads the trace
/// back as before, so the run's files never differ.
/// </remarks>
internal sealed class DigestingTraceSink : ITraceSink
{
    /// <summary>Past this much trace, digesting while writing stops (the trace is read back at the end): it bounds the writer thread's extra work.</summary>
    public const long DefaultMaxDigestBytes = 64L * 1024 * 1024;

    private readonly TraceFileAppender _appender;
    private readonly RunDigestOptions _options;
    private readonly long _maxDigestBytes;
    private readonly object _gate = new();
    private bool _feeding = true;

    // Made by the writer thread on its first batch: the digest's first use compiles some generic code,
    // which belongs beside the tests rather than in the recorder's start before the first test.
    private RunDigestReader? _reader;

    public DigestingTraceSink(TraceFileAppender appender, RunDigestOptions options, long maxDigestBytes = DefaultMaxDigestBytes)
    {
        _appender = appender;
        _options = options;
        _maxDigestBytes = maxDigestBytes;
    }

    public void Append(ArraySegment<byte> lines)
    {
        try
        {
            _appender.Append(lines);
        }
        catch
        {
            StopFeeding();
            throw;
        }

        lock (_gate)
        {
            if (!_feeding)
            {
                return;
            }

            if (!_appender.WroteAlone || _appender.OwnBytes > _maxDigestBytes)
            {
                _feeding = false;
                return;
            }

            try
            {
                _reader ??= new RunDigestReader(_options, parallel: false);
                _reader.Read(new MemoryStream(lines.Array!, lines.Offset, lines.Count, writable: false), TraceFiles.MainFileName);
            }
            catch (Exception)
            {
                // The digest is an optimisation: whatever goes wrong in it, the trace is read back instead.
                _feeding = false;
            }
        }
    }

    /// <summary>Whether <see cref="TakeDigestOfWholeTrace"/> handed out the digest (the trace was not read back).</summary>
    public bool DigestTaken { get; private set; }

    public void Flush(bool durable) => _appender.Flush(durable);

    public void Dispose() => _appender.Dispose();

    /// <summary>
    /// The digest (and read counts) of the whole trace of <paramref name="runDirectory"/>, if it is
    /// exactly what this sink wrote; <see langword="null"/> when the trace must be read back. Ends the
    /// feeding either way, so the digest handed out no longer changes.
    /// </summary>
    public RunDigestReader? TakeDigestOfWholeTrace(string runDirectory)
    {
        lock (_gate)
        {
            var wasFeeding = _feeding;
            _feeding = false;
            if (!wasFeeding || _reader is null || !_appender.WroteAlone || _reader.Stats.HasProblems)
            {
                return null;
            }

            DigestTaken = PartsAreExactlyWhatWasWritten(runDirectory) && _reader.Stats.Bytes == _appender.OwnBytes;
            return DigestTaken ? _reader : null;
        }
    }

    // The trace's parts, in the order they are read back, are the parts this sink wrote, each as long as what it wrote there.
    private bool PartsAreExactlyWhatWasWritten(string runDirectory)
    {
        var parts = TraceFiles.Enumerate(runDirectory);
        var written = _appender.OwnPartBytes;
        if (parts.Count != written.Count)
        {
            return false;
        }

        for (var part = 0; part < parts.Count; part++)
        {
            if (!string.Equals(Path.GetFileName(parts[part]), TraceFiles.PartFileName(part), StringComparison.Ordinal)
                || new FileInfo(parts[part]).Length != written[part])
            {
                return false;
            }
        }

        return true;
    }

    private void StopFeeding()
    {
        lock (_gate)
        {
            _feeding = false;
        }
    }
}
