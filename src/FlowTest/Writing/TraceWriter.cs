using System;
using System.Threading;
using FlowTest.Diagnostics;

namespace FlowTest.Writing;

/// <summary>
/// The background thread that drains <see cref="TraceQueue"/>, formats lines and appends them in
/// batches. It never stops draining: if the sink fails, events are counted as dropped (reported
/// once and in run.json) so producers are never blocked by a broken disk.
/// </summary>
internal sealed class TraceWriter : IDisposable
{
    private const int BatchBytes = 256 * 1024;
    // How long an idle writer sleeps before looking again (producers wake it early when a quarter of
    // the queue fills; Flush wakes it at once). Each wake-up that finds events costs a batch: a
    // cross-process lock, a write and, in test hosts, a digest step. At 2 ms a 2,000-test NUnit host
    // wrote ~570 batches of ~7 events and its writer used ~65 ms of CPU; at 20 ms, ~45 ms.
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(20);

    private readonly TraceQueue _queue;
    private readonly TraceLineWriter _lines;
    private readonly ByteBuffer _buffer;
    private readonly WarningReporter _warnings;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private ITraceSink? _sink;
    private long _processedUpTo;
    private long _flushTarget = -1;
    private bool _durableRequested;
    private volatile bool _stopping;
    private long _eventsWritten;
    private long _eventsDropped;
    private int _linesInBuffer;

    public TraceWriter(TraceQueue queue, TraceLineWriter lines, ByteBuffer buffer, ITraceSink? sink, WarningReporter warnings)
    {
        _queue = queue;
        _lines = lines;
        _buffer = buffer;
        _sink = sink;
        _warnings = warnings;
        _thread = new Thread(Run) { IsBackground = true, Name = "FlowTest trace writer" };
    }

    public long EventsWritten => Interlocked.Read(ref _eventsWritten);

    public long EventsDropped => Interlocked.Read(ref _eventsDropped);

    /// <summary>Whether the sink has failed and events are being dropped.</summary>
    public bool IsDegraded => Volatile.Read(ref _sink) is null;

    public void Start() => _thread.Start();

    /// <summary>Waits until every event published before the call is written (and on disk when durable).</summary>
    /// <returns><see langword="false"/> if that did not happen within <paramref name="timeout"/>.</returns>
    public bool Flush(TimeSpan timeout, bool durable)
    {
        var target = _queue.ClaimedCount;
        lock (_gate)
        {
            _flushTarget = Math.Max(_flushTarget, target);
            _durableRequested |= durable;
        }

        _queue.ConsumerSignal.Set();
        var deadline = Environment.TickCount + (int)timeout.TotalMilliseconds;
        lock (_gate)
        {
            while (_processedUpTo < target || (durable && _durableRequested))
            {
                var remaining = deadline - Environment.TickCount;
                if (remaining <= 0 || !_thread.IsAlive)
                {
                    _warnings.Report(RuntimeWarning.FlushTimedOut, $"the trace writer did not catch up within {timeout.TotalSeconds:0}s; the last events may be missing.");
                    return false;
                }

                Monitor.Wait(_gate, remaining);
            }
        }

        return true;
    }

    /// <summary>Writes everything, makes it durable and stops the thread.</summary>
    public void Dispose()
    {
        Flush(TimeSpan.FromSeconds(10), durable: true);
        _stopping = true;
        _queue.ConsumerSignal.Set();
        _thread.Join(TimeSpan.FromSeconds(5));
        _queue.Close();
        _sink?.Dispose();
    }

    private void Run()
    {
        while (true)
        {
            var drained = DrainIntoBatches();
            CompleteFlushRequests();
            if (_stopping && drained == 0)
            {
                return;
            }

            if (drained == 0)
            {
                _queue.ConsumerSignal.Wait(IdleWait);
                _queue.ConsumerSignal.Reset();
            }
        }
    }

    /// <summary>Moves every published event into the sink; returns how many were taken.</summary>
    private int DrainIntoBatches()
    {
        var taken = 0;
        while (_queue.TryPeek(out var ticket))
        {
            try
            {
                _lines.Write(ref _queue.SlotAt(ticket));
            }
            catch (Exception error)
            {
                // A line that cannot be formatted at all is lost; say so once.
                _warnings.Report(RuntimeWarning.InternalError, "an event could not be formatted and was dropped: " + error.GetType().Name + ": " + error.Message);
                Interlocked.Increment(ref _eventsDropped);
                _linesInBuffer--;
            }

            _queue.Release(ticket);
            _linesInBuffer++;
            taken++;
            if (_buffer.Count >= BatchBytes)
            {
                WriteBatch(ticket + 1);
            }
        }

        if (_buffer.Count > 0 || taken > 0)
        {
            WriteBatch(_queue.ConsumedCount);
        }

        return taken;
    }

    private void WriteBatch(long processedUpTo)
    {
        var lineCount = _linesInBuffer;
        _linesInBuffer = 0;
        var sink = _sink;
        if (sink is not null && _buffer.Count > 0)
        {
            try
            {
                sink.Append(_buffer.WrittenSegment);
                Interlocked.Add(ref _eventsWritten, lineCount);
            }
            catch (Exception error)
            {
                Degrade(error);
                Interlocked.Add(ref _eventsDropped, lineCount);
            }
        }
        else
        {
            Interlocked.Add(ref _eventsDropped, lineCount);
        }

        _buffer.Clear();
        lock (_gate)
        {
            _processedUpTo = processedUpTo;
            Monitor.PulseAll(_gate);
        }
    }

    private void CompleteFlushRequests()
    {
        bool durable;
        lock (_gate)
        {
            durable = _durableRequested && _processedUpTo >= _flushTarget;
        }

        if (durable)
        {
            try
            {
                _sink?.Flush(durable: true);
            }
            catch (Exception error)
            {
                Degrade(error);
            }
        }

        lock (_gate)
        {
            if (durable)
            {
                _durableRequested = false;
            }

            Monitor.PulseAll(_gate);
        }
    }

    private void Degrade(Exception error)
    {
        _warnings.Report(
            RuntimeWarning.TraceWriteFailed,
            "writing the trace failed (" + error.GetType().Name + ": " + error.Message + "); recording goes on without a trace file and dropped events are counted in run.json.");
        var sink = Interlocked.Exchange(ref _sink, null);
        try
        {
            sink?.Dispose();
        }
        catch (Exception)
        {
            // Already broken.
        }
    }
}
