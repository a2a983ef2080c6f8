using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Artifacts.Digest;

/// <summary>Everything the digest aggregates for one flow name.</summary>
internal sealed class FlowNameStats
{
    private readonly Dictionary<string, long> _failureClasses = new(System.StringComparer.Ordinal);
    private readonly List<FlowSighting> _slowest = new();
    private readonly int _slowestKept;

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

    public VerdictCounts Verdicts { get; } = new();

    /// <summary>Durations of ended flows (<c>duration_ms</c>).</summary>
    public DurationReservoir Durations { get; }

    /// <summary><c>flow.failure</c> events recorded in flows of this name.</summary>
    public long FailureEvents { get; internal set; }

    /// <summary><c>flow.exception</c> events recorded in flows of this name.</summary>
    public long ExceptionEvents { get; internal set; }

    public FailureRecord? FirstFailure { get; internal set; }

    /// <summary>Failure classes seen, with how often, ordered by class name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> FailureClasses =>
        _failureClasses.OrderBy(c => c.Key, System.StringComparer.Ordinal).ToList();

    /// <summary>The slowest ended flows of this name, slowest first.</summary>
    public IReadOnlyList<FlowSighting> Slowest => _slowest;

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

    internal void CountFailureClass(string failureClass)
    {
        _failureClasses.TryGetValue(failureClass, out var count);
        _failureClasses[failureClass] = count + 1;
    }

    internal void OfferSlow(FlowSighting ended)
    {
        if (_slowestKept <= 0 || ended.DurationMs is not { } duration)
        {
            return;
        }

        if (_slowest.Count == _slowestKept && duration <= _slowest[_slowest.Count - 1].DurationMs)
        {
            return;
        }

        // Ties keep the earlier flow first: the list stays deterministic for a given trace.
        var at = _slowest.FindIndex(s => s.DurationMs < duration);
        _slowest.Insert(at < 0 ? _slowest.Count : at, ended);
        if (_slowest.Count > _slowestKept)
        {
            _slowest.RemoveAt(_slowest.Count - 1);
        }
    }
}
