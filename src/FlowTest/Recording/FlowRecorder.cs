using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using FlowTest.Config;
using FlowTest.Context;
using FlowTest.Diagnostics;
using FlowTest.Model;
using FlowTest.Privacy;
using FlowTest.Writing;

namespace FlowTest.Recording;

/// <summary>
/// Records flows of one process into one run: starts and ends flows, puts events on the queue
/// (on the calling thread: references and numbers only) and owns the writer that drains it.
/// </summary>
internal sealed partial class FlowRecorder : IDisposable
{
    public const string NoFlowName = "(no flow)";
    /// <summary>Events the queue holds before a producer waits for the writer.</summary>
    public const int DefaultQueueCapacity = 16384;

    private readonly TraceQueue _queue;
    private readonly TraceWriter _writer;
    private readonly RecordingFilter _filter;
    private readonly PrivacyPolicy _privacy;
    private FlowScope? _noFlow;
    private int _disposed;
    private long _eventsAfterEnd;

    public FlowRecorder(WriterIdentity identity, RecordingFilter filter, PrivacyPolicy privacy, ITraceSink? sink, SourcePathMapper paths, WarningReporter warnings, int queueCapacity = DefaultQueueCapacity)
    {
        Identity = identity;
        Warnings = warnings;
        _filter = filter;
        _privacy = privacy;
        _queue = new TraceQueue(queueCapacity);
        var buffer = new ByteBuffer(64 * 1024);
        _writer = new TraceWriter(_queue, new TraceLineWriter(identity, privacy, paths, buffer), buffer, sink, warnings);
        _writer.Start();
    }

    public WriterIdentity Identity { get; }

    public WarningReporter Warnings { get; }

    public long EventsWritten => _writer.EventsWritten;

    public long EventsDropped => _writer.EventsDropped;

    /// <summary>Events offered after the writer stopped (not written; reported as FT2008).</summary>
    public long EventsAfterEnd => Interlocked.Read(ref _eventsAfterEnd);

    /// <summary>How often a producer waited because the queue was full (backpressure, never loss).</summary>
    public long QueueFullWaits => _queue.ProducerWaits;

    /// <summary>Whether a flow of this name passes the profile and catalog (cached per name).</summary>
    public bool ShouldRecordFlow(string name) => _filter.ShouldRecordFlow(name);

    /// <summary>Starts a flow under <paramref name="parent"/> (or the current flow) and makes it current.</summary>
    public FlowScope StartFlow(
        string name,
        string source,
        object? evidence,
        string? member,
        string? file,
        int line,
        IReadOnlyDictionary<string, string>? tags = null,
        IReadOnlyDictionary<string, string>? correlation = null,
        FlowScope? parent = null,
        bool makeCurrent = true)
    {
        if (!_filter.ShouldRecordFlow(name) || (tags is not null && !_filter.ShouldRecordTags(tags)))
        {
            return FlowScope.Disabled;
        }

        parent ??= FlowContext.Current;
        if (parent is not null && !ReferenceEquals(parent.Recorder, this))
        {
            parent = null;
        }

        if (RunHasEnded())
        {
            return FlowScope.Disabled;
        }

        var now = Stopwatch.GetTimestamp();
        var flow = new FlowScope(this, name, parent, FlowLabels.Of(source, tags, correlation), now);
        ref var slot = ref _queue.Claim(out var ticket);
        Fill(ref slot, EventKind.FlowStarted, flow, member, file, line, now);
        slot.Payload = CaptureSafely(evidence);
        _queue.Publish(ref slot, ticket);
        if (makeCurrent)
        {
            FlowContext.Current = flow;
        }

        return flow;
    }

    /// <summary>The flow events go to when no flow is current: one per recorder, ended with the run.</summary>
    public FlowScope NoFlow
    {
        get
        {
            var existing = Volatile.Read(ref _noFlow);
            if (existing is not null)
            {
                return existing;
            }

            var created = StartFlow(NoFlowName, FlowLabels.ApiSource, null, null, null, 0, parent: null, makeCurrent: false);
            return Interlocked.CompareExchange(ref _noFlow, created, null) ?? created;
        }
    }

    /// <summary>Waits until every event so far is written (and durable).</summary>
    public bool Flush(TimeSpan timeout) => _writer.Flush(timeout, durable: true);

    /// <summary>Ends the "(no flow)" bucket, writes everything and stops the writer.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var noFlow = Volatile.Read(ref _noFlow);
        if (noFlow is not null && !noFlow.IsEnded)
        {
            noFlow.End(null);
        }

        _writer.Dispose();
    }

    private object? CaptureSafely(object? evidence)
    {
        if (evidence is null)
        {
            return null;
        }

        try
        {
            return PayloadCapture.Capture(evidence, _privacy);
        }
        catch (Exception error)
        {
            Warnings.Report(RuntimeWarning.EvidenceFailed, "evidence of type " + evidence.GetType().Name + " could not be captured and was left out: " + error.Message);
            return null;
        }
    }

    /// <summary>Fills the common fields; one clock read per event (the writer turns it into UTC).</summary>
    private static void Fill(ref TraceEventSlot slot, EventKind kind, FlowScope? flow, string? member, string? file, int line)
        => Fill(ref slot, kind, flow, member, file, line, Stopwatch.GetTimestamp());

    private static void Fill(ref TraceEventSlot slot, EventKind kind, FlowScope? flow, string? member, string? file, int line, long timestamp)
    {
        slot.Kind = kind;
        slot.Flow = flow;
        slot.Timestamp = timestamp;
        slot.ThreadId = Environment.CurrentManagedThreadId;
        slot.Member = member;
        slot.File = file;
        slot.Line = line;
        slot.Severity = EventSeverity.Info;
        slot.Verdict = FlowVerdict.Incomplete;
    }
}
