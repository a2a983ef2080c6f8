using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Counts of what a <see cref="RunDigest"/> holds on to. Each is bounded by an option of
/// <see cref="RunDigestOptions"/> however many events or distinct flow names were digested,
/// which is what lets the last test host digest a 20,000-test run in a few megabytes.
/// </summary>
internal sealed record RunDigestFootprint
{
    /// <summary>Names with their own aggregates (≤ <see cref="RunDigestOptions.MaxFlowNames"/>, plus one overflow row).</summary>
    public int FlowNames { get; init; }

    /// <summary>Duration sample slots allocated over all names.</summary>
    public long DurationSlots { get; init; }

    /// <summary>Failure classes held over all names.</summary>
    public long FailureClasses { get; init; }

    /// <summary>Slowest-flow sightings held over all names (≤ <see cref="RunDigestOptions.SlowestPerFlow"/> each).</summary>
    public long SlowestSightings { get; init; }

    /// <summary>Distinct parent → child name links (≤ <see cref="RunDigestOptions.MaxTreeLinks"/>).</summary>
    public int TreeLinks { get; init; }

    /// <summary>Flows known by id: open ones plus the recently ended window.</summary>
    public int IndexedFlows { get; init; }

    /// <summary>Metric series (≤ <see cref="RunDigestOptions.MaxMetricSeries"/>).</summary>
    public int MetricSeries { get; init; }

    /// <summary>Hashes kept to count overflow names (≤ <see cref="FlowNameRegistry.MaxCountedOverflowNames"/>).</summary>
    public int OverflowNameHashes { get; init; }

    /// <summary>Tail events kept (≤ <see cref="RunDigestOptions.TailEvents"/>) and the raw line bytes behind them.</summary>
    public int TailEvents { get; init; }

    public long TailBytes { get; init; }

    internal static RunDigestFootprint Of(
        RunDigest digest, IEnumerable<FlowNameStats> names, FlowIdIndex index, TailRing tail, int metricSeries, int overflowNameHashes)
    {
        int flowNames = 0;
        long slots = 0, classes = 0, slowest = 0;
        foreach (var name in names)
        {
            flowNames++;
            slots += name.Durations.RetainedSlots;
            classes += name.RetainedFailureClasses;
            slowest += name.Slowest.Count;
        }

        return new RunDigestFootprint
        {
            FlowNames = flowNames,
            DurationSlots = slots,
            FailureClasses = classes,
            SlowestSightings = slowest,
            TreeLinks = digest.Tree.LinkCount,
            IndexedFlows = index.OpenCount + index.EndedCount,
            MetricSeries = metricSeries,
            OverflowNameHashes = overflowNameHashes,
            TailEvents = tail.Count,
            TailBytes = tail.RetainedBytes,
        };
    }
}
