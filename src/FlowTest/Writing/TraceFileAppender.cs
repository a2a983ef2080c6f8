using System;
using System.Collections.Generic;
using System.IO;
using FlowTest.Reading;

namespace FlowTest.Writing;

/// <summary>
/// Appends batches of lines to a run's trace file so that several processes can write one run at
/// the same time: every batch is written under a cross-process lock at the current end of file, so
/// lines never interleave and none is overwritten. (.NET's append mode tracks its own offset and
/// would overwrite other processes' lines.) Rotates into numbered parts past <c>max_trace_bytes</c>.
/// </summary>
internal sealed class TraceFileAppender : ITraceSink
{
    private const string LockFileName = ".trace.lock";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly string _runDirectory;
    private readonly long _maxPartBytes;
    private readonly CrossProcessLock _lock;
    private FileStream _stream;
    private int _part;
    private volatile bool _wroteAlone;

    // Bytes this appender wrote into each part, by part number (meaningful while _wroteAlone).
    private readonly List<long> _ownPartBytes = new() { 0 };

    /// <param name="runDirectory">The run directory (must exist).</param>
    /// <param name="maxPartBytes">Rotate into a new part when a part would grow past this; 0 = never.</param>
    public TraceFileAppender(string runDirectory, long maxPartBytes)
    {
        _runDirectory = runDirectory;
        _maxPartBytes = maxPartBytes;
        _lock = new CrossProcessLock(Path.Combine(runDirectory, LockFileName), LockTimeout);
        _part = NewestExistingPart(runDirectory);
        _stream = OpenPart(_part);
        _wroteAlone = _part == 0 && _stream.Length == 0;
    }

    /// <summary>
    /// Whether the trace is, so far, exactly the batches this appender wrote, in order: it started
    /// empty, no other process appended in between or rotated it, and no line was repaired. Its own
    /// rotation keeps this true: every part it started was empty. Once false, stays false.
    /// </summary>
    public bool WroteAlone => _wroteAlone;

    /// <summary>
    /// Bytes this appender wrote into each part (index = part number; the length of each part), kept
    /// while <see cref="WroteAlone"/>. Read it on the writing thread or once writing has stopped.
    /// </summary>
    public IReadOnlyList<long> OwnPartBytes => _ownPartBytes;

    /// <summary>The length of the whole trace while <see cref="WroteAlone"/>: the sum of <see cref="OwnPartBytes"/>.</summary>
    public long OwnBytes
    {
        get
        {
            var total = 0L;
            foreach (var bytes in _ownPartBytes)
            {
                total += bytes;
            }

            return total;
        }
    }

    public void Append(ArraySegment<byte> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        _lock.Acquire();
        try
        {
            FollowNewestPart();
            PartialLineRepair.TrimPartialLastLine(_stream);
            var length = _stream.Length;
            if (_maxPartBytes > 0 && length > 0 && length + lines.Count > _maxPartBytes)
            {
                RotateTo(_part + 1);
                length = _stream.Length;
            }

            if (_wroteAlone && length == _ownPartBytes[_part])
            {
                _ownPartBytes[_part] = length + lines.Count;
            }
            else
            {
                _wroteAlone = false;
            }

            _stream.Position = length;
            _stream.Write(lines.Array!, lines.Offset, lines.Count);
            _stream.Flush();
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Flush(bool durable) => _stream.Flush(durable);

    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }

    private static int NewestExistingPart(string runDirectory)
    {
        var part = 0;
        while (File.Exists(Path.Combine(runDirectory, TraceFiles.PartFileName(part + 1))))
        {
            part++;
        }

        return part;
    }

    /// <summary>Another process may have rotated since our last batch: follow it to the newest part.</summary>
    private void FollowNewestPart()
    {
        if (_maxPartBytes <= 0)
        {
            return;
        }

        var newest = _part;
        while (File.Exists(Path.Combine(_runDirectory, TraceFiles.PartFileName(newest + 1))))
        {
            newest++;
        }

        if (newest != _part)
        {
            SwitchTo(newest);
        }
    }

    // Another process's rotation: the parts no longer hold only this appender's batches.
    private void SwitchTo(int part)
    {
        _wroteAlone = false;
        _stream.Dispose();
        _part = part;
        _stream = OpenPart(part);
    }

    // This appender's own rotation into the next part, which it expects to find empty.
    private void RotateTo(int part)
    {
        _stream.Dispose();
        _part = part;
        _stream = OpenPart(part);
        if (_wroteAlone && _stream.Length == 0 && _ownPartBytes.Count == part)
        {
            _ownPartBytes.Add(0);
        }
        else
        {
            _wroteAlone = false;
        }
    }

    private FileStream OpenPart(int part) =>
        new(Path.Combine(_runDirectory, TraceFiles.PartFileName(part)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
}
