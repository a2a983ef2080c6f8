using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>Everything the digest aggregates for one flow name.</summary>
/// <remarks>
/// Kept small because a test run has one name per test: the collections are created on first use
/// and the duration sample grows with the flows seen (see <see cref="DurationReservoir"/>).
/// </remarks>
internal sealed class FlowNameStats
{
    private static readonly IReadOnlyList<FlowSighting> NoneSlow = new FlowSighting[0];

    private readonly int _slowestKept;
    private Dictionary<string, long>? _failureClasses;
    private FlowSighting? _slowestOnly; // while one flow is kept: a test's name ends once, and a list per name would double what it retains
    private List<FlowSighting>? _slowest; // from the second kept flow on
    private VerdictCounts _verdicts;

    public FlowNameStats(string name, RunDigestOptions options)
    {
        Name = name;
        Durations = new DurationReservoir(options.DurationSamplesPerFlow);
        _slowestKept = options.SlowestPerFlow;
    }

    public string Name { get; }

    public long Started { get; internal set; }

    public long Ended { get; internal set; }

    /// <summary>Started and not (yet) ended, among the flows the digest could track.</summary>
    public long Open { get; internal set; }

    public VerdictCounts Verdicts => _verdicts;

    /// <summary>Durations of ended flows (<c>duration_ms</c>).</summary>
    public DurationReservoir Durations { get; }

    /// <summary><c>flow.failure</c> events recorded in flows of this name.</summary>
    public long FailureEvents { get; internal set; }

    /// <summary><c>flow.exception</c> events recorded in flows of this name.</summary>
    public long ExceptionEvents { get; internal set; }

    public FailureRecord? FirstFailure { get; internal set; }

    /// <summary>Failure classes seen, with how often, ordered by class name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> FailureClasses
    {
        get
        {
            // Sorted names, not LINQ over (class, count) pairs: no generic code compiled at run time for it.
            var classes = new List<KeyValuePair<string, long>>(_failureClasses?.Count ?? 0);
            if (_failureClasses is null)
            {
                return classes;
            }

            var names = new List<string>(_failureClasses.Keys);
            names.Sort(System.StringComparer.Ordinal);
            foreach (var name in names)
            {
                classes.Add(new KeyValuePair<string, long>(name, _failureClasses[name]));
            }

            return classes;
        }
    }

    /// <summary>The slowest ended flows of this name, slowest first.</summary>
    public IReadOnlyList<FlowSighting> Slowest => _slowest ?? (_slowestOnly is null ? NoneSlow : new[] { _slowestOnly });

    /// <summary>Failure classes held (each with its count): part of what this name retains.</summary>
    internal int RetainedFailureClasses => _failureClasses?.Count ?? 0;

    /// <summary>Whether this is the shared row for names past <see cref="RunDigestOptions.MaxFlowNames"/>.</summary>
    internal bool IsOverflow { get; init; }

    /// <summary>How many flows of this name started with no known parent.</summary>
    internal long RootStarts { get; set; }

    /// <summary>Ended flows that were not skipped: the ones that had a chance to succeed.</summary>
    public long Judged => Ended - Verdicts.Skipped;

    /// <summary>Successes over <see cref="Judged"/> flows; <see langword="null"/> when none were judged.</summary>
    public double? SuccessRatio => Judged <= 0 ? null : (double)Verdicts.Success / Judged;

    /// <summary>
    /// The worst outcome seen: exception, failure, then incomplete (open flows count as
    /// incomplete), skipped, success; <see langword="null"/> when nothing ended and nothing is open.
    /// </summary>
    public FlowVerdict? WorstVerdict =>
        Verdicts.Exception > 0 ? FlowVerdict.Exception
        : Verdicts.Failure > 0 || FailureEvents > 0 ? FlowVerdict.Failure
        : Verdicts.Incomplete > 0 || Open > 0 ? FlowVerdict.Incomplete
        : Verdicts.Skipped > 0 ? FlowVerdict.Skipped
        : Verdicts.Success > 0 ? FlowVerdict.Success
        : null;

    internal void CountVerdict(FlowVerdict verdict) => _verdicts.Add(verdict);

    internal void CountFailureClass(string failureClass)
    {
        _failureClasses ??= new Dictionary<string, long>(System.StringComparer.Ordinal);
        _failureClasses.TryGetValue(failureClass, out var count);
        _failureClasses[failureClass] = count + 1;
    }

    /// <summary>Whether <see cref="OfferSlow"/> would keep a flow of this duration (so the caller can skip building it).</summary>
    internal bool IsAmongSlowest(double durationMs)
    {
        if (_slowestKept <= 0)
        {
            return false;
        }

        if (_slowest is not null)
        {
            return _slowest.Count < _slowestKept || durationMs > _slowest[_slowest.Count - 1].DurationMs;
        }

        return _slowestOnly is null || _slowestKept > 1 || durationMs > _slowestOnly.DurationMs;
    }

    internal void OfferSlow(FlowSighting ended)
    {
        if (_slowestKept <= 0 || ended.DurationMs is not { } duration)
        {
            return;
        }

        if (_slowest is null)
        {
            if (_slowestOnly is null || (_slowestKept == 1 && duration > _slowestOnly.DurationMs))
            {
                _slowestOnly = ended;
                return;
            }

            if (_slowestKept == 1)
            {
                return; // not strictly slower: ties keep the earlier flow, as the list does
            }

            _slowest = new List<FlowSighting> { _slowestOnly };
            _slowestOnly = null;
        }

        if (_slowest.Count == _slowestKept && duration <= _slowest[_slowest.Count - 1].DurationMs)
        {
            return;
        }

        // Ties keep the earlier flow first: the list stays deterministic for a given trace.
        var at = 0;
        while (at < _slowest.Count && !(_slowest[at].DurationMs < duration))
        {
            at++;
        }

        _slowest.Insert(at, ended);
        if (_slowest.Count > _slowestKept)
        {
            _slowest.RemoveAt(_slowest.Count - 1);
        }
    }
}
