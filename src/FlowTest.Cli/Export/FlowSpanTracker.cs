using System;
using System.Collections.Generic;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Cli.Export;

/// <summary>
/// Turns a stream of trace records into lanes, instants and finished flows for an
/// <see cref="IExportFormat"/>. Memory is bounded by the flows open at once plus a fixed number of
/// recently ended ones (so children that outlive their parent still find its lane).
/// </summary>
internal sealed class FlowSpanTracker
{
    private const int RecentlyEndedKept = 4096;

    private readonly IExportFormat _format;
    private readonly Dictionary<string, OpenFlow> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _recentLanes = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();
    private DateTimeOffset? _origin;
    private DateTimeOffset _lastSeen;
    private string _runId = "";
    private int _lanes;

    public FlowSpanTracker(IExportFormat format) => _format = format;

    /// <summary>Feeds every record, then closes flows left open as incomplete and ends the format.</summary>
    public void Export(IEnumerable<TraceRecord> records)
    {
        foreach (var record in records)
        {
            Add(record);
        }

        Finish();
    }

    public void Add(TraceRecord record)
    {
        if (record.Timestamp is not { } at)
        {
            return;
        }

        if (_origin is null)
        {
            _origin = at;
            _runId = record.RunId;
            _format.Begin(_runId, at);
        }

        _lastSeen = at > _lastSeen ? at : _lastSeen;
        switch (record.Kind)
        {
            case EventKind.FlowStarted: Start(record, at); break;
            case EventKind.FlowEnded: End(record, at); break;
            case EventKind.FlowCheckpoint or EventKind.FlowMetric or EventKind.FlowSuccess or EventKind.FlowFailure or EventKind.FlowException:
                Mark(record, at);
                break;
            default: break;
        }
    }

    public void Finish()
    {
        if (_origin is null)
        {
            _format.Begin(_runId, DateTimeOffset.UnixEpoch);
        }

        foreach (var open in new List<OpenFlow>(_open.Values))
        {
            _format.OnFlow(open.ToSpan(_lastSeen, null, FlowVerdict.Incomplete));
        }

        _open.Clear();
        _format.End();
    }

    private void Start(TraceRecord record, DateTimeOffset at)
    {
        var name = record.Flow ?? "(no flow)";
        var parentLane = record.ParentId is { } parent ? LaneOf(parent) : null;
        var lane = parentLane ?? NewLane(name);
        var open = new OpenFlow(record, name, at, lane, parentLane is null);
        if (record.FlowId is { } id)
        {
            _open[id] = open;
        }
        else
        {
            // Without an id no end can be matched: draw it as an instant-long flow now.
            _format.OnFlow(open.ToSpan(at, null, FlowVerdict.Incomplete));
        }
    }

    private void End(TraceRecord record, DateTimeOffset at)
    {
        if (record.FlowId is not { } id || !_open.TryGetValue(id, out var open))
        {
            return;
        }

        _open.Remove(id);
        Remember(id, open.Lane);
        _format.OnFlow(open.ToSpan(at, record.DurationMs, record.Verdict ?? FlowVerdict.Incomplete));
    }

    private void Mark(TraceRecord record, DateTimeOffset at)
    {
        OpenFlow? open = null;
        if (record.FlowId is { } id)
        {
            _open.TryGetValue(id, out open);
        }

        if (open is not null && record.Kind is EventKind.FlowFailure or EventKind.FlowException && open.Failure is null)
        {
            open.Failure = record.Kind == EventKind.FlowException
                ? new FailureNote(record.Exception?.Type ?? "exception", record.Exception?.Message ?? "", record.Exception?.File ?? record.Code?.File, record.Exception?.Line ?? record.Code?.Line, record.Exception?.Stack)
                : new FailureNote(record.FailureClass ?? "failure", record.Reason ?? "", record.Code?.File, record.Code?.Line, null);
        }

        var label = record.Kind switch
        {
            EventKind.FlowFailure => record.FailureClass ?? "failure",
            EventKind.FlowException => record.Exception?.Type ?? "exception",
            EventKind.FlowSuccess => "success",
            _ => record.Step ?? record.Event,
        };
        var lane = open?.Lane ?? (record.FlowId is { } known && LaneOf(known) is { } l ? l : 0);
        _format.OnMark(new CheckpointMark(record.Flow ?? "(no flow)", record.Event, label, at, lane, record.PayloadJson));
    }

    private int? LaneOf(string flowId) =>
        _open.TryGetValue(flowId, out var open) ? open.Lane : _recentLanes.TryGetValue(flowId, out var lane) ? lane : null;

    private int NewLane(string name)
    {
        var lane = ++_lanes;
        _format.OnLane(lane, name);
        return lane;
    }

    private void Remember(string flowId, int lane)
    {
        _recentLanes[flowId] = lane;
        _recentOrder.Enqueue(flowId);
        if (_recentOrder.Count > RecentlyEndedKept)
        {
            _recentLanes.Remove(_recentOrder.Dequeue());
        }
    }

    private sealed class OpenFlow
    {
        private readonly TraceRecord _start;
        private readonly string _name;
        private readonly DateTimeOffset _at;
        private readonly bool _isRoot;

        public OpenFlow(TraceRecord start, string name, DateTimeOffset at, int lane, bool isRoot)
        {
            // The start record's payload is not needed; drop it so open flows stay small.
            _start = start with { PayloadJson = null };
            _name = name;
            _at = at;
            _isRoot = isRoot;
            Lane = lane;
        }

        public int Lane { get; }

        public FailureNote? Failure { get; set; }

        public FlowSpan ToSpan(DateTimeOffset end, double? durationMs, FlowVerdict verdict) => new()
        {
            Name = _name,
            FlowId = _start.FlowId,
            ParentId = _start.ParentId,
            Source = _start.Source,
            Start = _at,
            End = end < _at ? _at : end,
            DurationMs = durationMs,
            Verdict = verdict,
            Lane = Lane,
            File = _start.Code?.File,
            Line = _start.Code?.Line,
            Failure = Failure,
            Tags = _start.Tags,
            IsRoot = _isRoot,
        };
    }
}
