using System;
using System.Collections.Generic;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// A run condensed for summary.md and ask.md, built one event at a time. Memory is bounded by
/// <see cref="RunDigestOptions"/>: at most <see cref="RunDigestOptions.MaxFlowNames"/> names with
/// their own aggregates (each small until its flows ran often), bounded rings and windows for the
/// rest. Fed either with parsed records (<see cref="Add(TraceRecord)"/>) or straight from trace
/// bytes by <see cref="RunDigestReader"/>.
/// </summary>
internal sealed partial class RunDigest
{
    /// <summary>The name used for flow events that carry no <c>flow</c> (the API's implicit bucket).</summary>
    public const string NoFlowName = "(no flow)";

    private readonly FlowNameRegistry _names;
    private readonly Dictionary<MetricKey, MetricSeries> _metrics = new();

    // The same series in creation order, so listing them does not enumerate a dictionary keyed by a struct.
    private readonly List<MetricSeries> _metricSeries = new();
    private readonly FlowIdIndex _index;
    private readonly List<FailureRecord> _firstFailures = new();
    private readonly BoundedRing<FailureRecord> _recentFailures;
    private readonly TailRing _tail;
    private readonly List<FlowSighting> _endedIncomplete = new();
    private readonly List<FlowSighting> _endedFailing = new();
    private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _nodes = new(StringComparer.Ordinal);
    private RunLifecycle _run = new();
    private DateTimeOffset? _firstEventAt;
    private DateTimeOffset? _lastEventAt;
    private string? _lastSource;
    private string? _lastNode;
    private List<FlowNameStats>? _sortedFlows;
    private FlowNameStats? _noFlow;
    private VerdictCounts _verdicts;
    private VerdictCounts _testVerdicts;

    public RunDigest(RunDigestOptions? options = null)
    {
        Options = options ?? RunDigestOptions.Default;
        _names = new FlowNameRegistry(Options);
        _index = new FlowIdIndex(Options.MaxOpenFlows, Options.RecentlyEndedFlows);
        _recentFailures = new BoundedRing<FailureRecord>(Options.FailureSamples);
        _tail = new TailRing(Options.TailEvents, Options.MaxPayloadChars);
        Tree = new FlowNameTree(Options.MaxTreeLinks);
    }

    public RunDigestOptions Options { get; }

    /// <summary>Every record added, known event or not.</summary>
    public long Events { get; private set; }

    /// <summary>Records whose event name this version does not know (ignored otherwise).</summary>
    public long UnknownEvents { get; private set; }

    public RunLifecycle Run => _run with { FirstEventAt = _firstEventAt, LastEventAt = _lastEventAt };

    public long FlowsStarted { get; private set; }

    public long FlowsEnded { get; private set; }

    /// <summary>Verdicts of all ended flows.</summary>
    public VerdictCounts Verdicts => _verdicts;

    /// <summary>Verdicts of ended test flows (source xunit/nunit); when there are any, they decide the run's status.</summary>
    public VerdictCounts TestVerdicts => _testVerdicts;

    /// <summary>Per flow name aggregates, ordered by name; the overflow row (if any) last.</summary>
    public IReadOnlyList<FlowNameStats> Flows
    {
        get
        {
            // Renderers ask several times; the order changes only when a name is added.
            if (_sortedFlows is null || _sortedFlows.Count != _names.EntryCount)
            {
                // List.Sort over references rather than LINQ keyed by a bool: no generic code compiled at run time.
                // Names are unique, so the order is total and the same as a stable sort's.
                var flows = new List<FlowNameStats>(_names.All);
                flows.Sort(CompareFlowRows);
                _sortedFlows = flows;
            }

            return _sortedFlows;
        }
    }

    /// <summary>Distinct flow names past <see cref="RunDigestOptions.MaxFlowNames"/>, counted in the overflow row.</summary>
    public long UntrackedFlowNames => _names.OverflowNameCount;

    /// <summary>Whether <see cref="UntrackedFlowNames"/> stopped counting (so it is a lower bound).</summary>
    public bool UntrackedFlowNamesIsLowerBound => _names.OverflowNameCount >= FlowNameRegistry.MaxCountedOverflowNames;

    public FlowNameTree Tree { get; }

    /// <summary><c>flow.failure</c> plus <c>flow.exception</c> events.</summary>
    public long FailureCount { get; private set; }

    /// <summary>The first <see cref="RunDigestOptions.FailureSamples"/> failures, in trace order.</summary>
    public IReadOnlyList<FailureRecord> FirstFailures => _firstFailures;

    /// <summary>The last <see cref="RunDigestOptions.FailureSamples"/> failures, in trace order.</summary>
    public IReadOnlyList<FailureRecord> RecentFailures => _recentFailures.ToList();

    /// <summary>Flows started and not ended: orphans in a finished run, in start order.</summary>
    public IReadOnlyList<FlowSighting> OpenFlows => _index.OpenFlows;

    public long OpenFlowCount => _index.OpenCount;

    /// <summary>Starts that could not be tracked (no <c>flow_id</c>, or the open-flow bound was reached).</summary>
    public long UntrackedStarts { get; private set; }

    /// <summary><c>flow.ended</c> events whose start was not seen (or not tracked).</summary>
    public long EndsWithoutStart { get; private set; }

    /// <summary>Starts whose <c>parent_id</c> named a flow this trace does not know; drawn as roots.</summary>
    public long ParentsOutsideTrace { get; private set; }

    /// <summary>The first ended flows with verdict <c>incomplete</c>.</summary>
    public IReadOnlyList<FlowSighting> EndedIncomplete => _endedIncomplete;

    /// <summary>
    /// The first ended flows with verdict <c>failure</c> or <c>exception</c>: the only trace of a
    /// failure when a woven method's result said so without a <c>flow.failure</c> event.
    /// </summary>
    public IReadOnlyList<FlowSighting> EndedFailing => _endedFailing;

    /// <summary>Metric series ordered by flow then metric name.</summary>
    public IReadOnlyList<MetricSeries> Metrics
    {
        get
        {
            // (flow, metric) pairs are unique: a total order.
            var metrics = new List<MetricSeries>(_metricSeries);
            metrics.Sort(CompareMetrics);
            return metrics;
        }
    }

    /// <summary>Metric events not aggregated because <see cref="RunDigestOptions.MaxMetricSeries"/> series existed already.</summary>
    public long DroppedMetricEvents { get; private set; }

    /// <summary>The last events of the run, oldest first; payloads capped.</summary>
    public IReadOnlyList<TraceRecord> Tail => _tail.ToList();

    public IReadOnlyCollection<string> Sources => _sources;

    public IReadOnlyCollection<string> Nodes => _nodes;

    /// <summary>Whether anything went wrong: a failure, a bad verdict, or a flow left open.</summary>
    public bool HasProblems =>
        FailureCount > 0 || Verdicts.Failure + Verdicts.Exception + Verdicts.Incomplete > 0 || OpenFlowCount > 0;

    /// <summary>Digests <paramref name="records"/> in order.</summary>
    public static RunDigest From(IEnumerable<TraceRecord> records, RunDigestOptions? options = null)
    {
        var digest = new RunDigest(options);
        foreach (var record in records)
        {
            digest.Add(record);
        }

        return digest;
    }

    /// <summary>The aggregates of <paramref name="flowName"/>, or <see langword="null"/> when it never appeared.</summary>
    public FlowNameStats? FindFlow(string flowName) => _names.Find(flowName);

    /// <summary>What the digest retains, entry by entry: the proof that its memory has a bound.</summary>
    internal RunDigestFootprint Footprint => RunDigestFootprint.Of(this, _names.All, _index, _tail, _metrics.Count, _names.OverflowNameCount);

    /// <summary>The name registry, for readers that resolve names from bytes.</summary>
    internal FlowNameRegistry Names => _names;

    public void Add(TraceRecord record)
    {
        _tail.Add(record);
        var input = DigestEventOfRecord.From(record, _names);
        Apply(ref input);
    }

    /// <summary>Digests one trace line already cut down to <paramref name="input"/>; <paramref name="line"/> goes to the tail.</summary>
    internal void Add(ref DigestEvent input, ReadOnlySpan<byte> line)
    {
        _tail.Add(line);
        Apply(ref input);
    }

    private void Apply(ref DigestEvent input)
    {
        Events++;
        NoteEnvironment(ref input);
        switch (input.Kind)
        {
            case null: UnknownEvents++; break;
            case EventKind.RunStarted: OnRunStarted(input.Record!); break;
            case EventKind.RunEnded: OnRunEnded(input.Record!); break;
            case EventKind.FlowStarted: OnFlowStarted(ref input); break;
            case EventKind.FlowEnded: OnFlowEnded(ref input); break;
            case EventKind.FlowFailure:
            case EventKind.FlowException: OnFailure(ref input); break;
            case EventKind.FlowMetric: OnMetric(ref input); break;
            default: break;
        }
    }

    private void NoteEnvironment(ref DigestEvent input)
    {
        // Interned strings repeat by reference: skip the sorted-set lookup for the common repeat.
        if (!ReferenceEquals(input.Source, _lastSource))
        {
            Remember(_sources, input.Source);
            _lastSource = input.Source;
        }

        if (!ReferenceEquals(input.Node, _lastNode))
        {
            Remember(_nodes, input.Node);
            _lastNode = input.Node;
        }

        if (input.Timestamp is { } at)
        {
            _firstEventAt = _firstEventAt is { } first && first <= at ? first : at;
            _lastEventAt = _lastEventAt is { } last && last >= at ? last : at;
        }
    }

    private void Remember(SortedSet<string> set, string? value)
    {
        if (value is not null && set.Count < Options.MaxSourcesAndNodes)
        {
            set.Add(value);
        }
    }

    private void OnRunStarted(TraceRecord record)
    {
        var run = _run with { RunId = record.RunId, TraceId = record.TraceId ?? _run.TraceId, StartedAt = record.Timestamp };
        PayloadFields.Read(record.PayloadJson, payload => run = run with
        {
            Command = payload.String("command"),
            Machine = payload.String("machine"),
            FlowTestVersion = payload.String("flowtest_version"),
        });
        _run = run;
    }

    private void OnRunEnded(TraceRecord record)
    {
        var run = _run with { RunId = _run.RunId ?? record.RunId, EndedAt = record.Timestamp };
        PayloadFields.Read(record.PayloadJson, payload => run = run with
        {
            EventsWritten = payload.Integer("events_written"),
            EventsDropped = payload.Integer("events_dropped"),
        });
        _run = run;
    }

    /// <summary>Flow rows by name, the overflow row last.</summary>
    private static int CompareFlowRows(FlowNameStats x, FlowNameStats y) =>
        x.IsOverflow != y.IsOverflow ? (x.IsOverflow ? 1 : -1) : FlowNameComparer.Instance.Compare(x.Name, y.Name);

    private static int CompareMetrics(MetricSeries x, MetricSeries y)
    {
        var byFlow = FlowNameComparer.Instance.Compare(x.Flow, y.Flow);
        return byFlow != 0 ? byFlow : StringComparer.Ordinal.Compare(x.Metric, y.Metric);
    }
}
