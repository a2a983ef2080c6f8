using System;
using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Picks latency outliers from the slowest flows the digest kept per name. A flow is an outlier
/// when it is slower than, in this order of precedence: its SLA p95; <see cref="P95Factor"/> times
/// the p95 of its name (only with at least <see cref="MinSamplesForP95"/> durations, where a p95
/// means something); the largest configured latency bucket.
/// </summary>
internal static class LatencyOutliers
{
    public const double P95Factor = 2;

    public const int MinSamplesForP95 = 20;

    /// <param name="digest">The run.</param>
    /// <param name="slaP95Ms">The SLA of a flow name, or <see langword="null"/> when it has none.</param>
    /// <param name="largestBucketMs">The largest latency bucket, or <see langword="null"/> for none.</param>
    /// <param name="max">How many outliers to return at most, slowest first.</param>
    public static IReadOnlyList<LatencyOutlier> Find(
        RunDigest digest, Func<string, double?> slaP95Ms, double? largestBucketMs, int max = 20)
    {
        var outliers = new List<LatencyOutlier>();
        foreach (var flow in digest.Flows)
        {
            var sla = slaP95Ms(flow.Name);
            var p95 = flow.Durations.Count >= MinSamplesForP95 ? flow.Durations.Percentile(95) : null;
            foreach (var slow in flow.Slowest)
            {
                if (Classify(slow.DurationMs ?? 0, sla, p95, largestBucketMs) is { } outlier)
                {
                    outliers.Add(new LatencyOutlier(slow, outlier.LimitMs, outlier.Limit));
                }
            }
        }

        // Slowest first, then by name and start order (unique per flow): a total order, so List.Sort
        // gives what a stable sort would, without LINQ keyed by value types.
        outliers.Sort(CompareSlowestFirst);
        var keep = Math.Max(max, 0);
        if (outliers.Count > keep)
        {
            outliers.RemoveRange(keep, outliers.Count - keep);
        }

        return outliers;
    }

    private static int CompareSlowestFirst(LatencyOutlier x, LatencyOutlier y)
    {
        var byDuration = CompareDurationsDescending(x.Flow.DurationMs, y.Flow.DurationMs);
        if (byDuration != 0)
        {
            return byDuration;
        }

        var byName = FlowNameComparer.Instance.Compare(x.Flow.Name, y.Flow.Name);
        return byName != 0 ? byName : x.Flow.StartOrder.CompareTo(y.Flow.StartOrder);
    }

    /// <summary>Longer first; no duration after any duration (the reverse of the default order, where null is smallest).</summary>
    private static int CompareDurationsDescending(double? x, double? y)
    {
        if (x is { } xMs && y is { } yMs)
        {
            return yMs.CompareTo(xMs);
        }

        return x.HasValue ? -1 : y.HasValue ? 1 : 0;
    }

    private static (double LimitMs, string Limit)? Classify(double durationMs, double? sla, double? p95, double? largestBucket)
    {
        if (sla is { } s && durationMs > s)
        {
            return (s, "SLA p95");
        }

        if (p95 is { } p && p > 0 && durationMs > p * P95Factor)
        {
            return (p * P95Factor, "2× p95");
        }

        if (largestBucket is { } b && durationMs > b)
        {
            return (b, "largest bucket");
        }

        return null;
    }
}
