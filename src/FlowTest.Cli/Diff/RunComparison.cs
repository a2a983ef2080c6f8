using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Cli.Diff;

/// <summary>
/// Run B against run A by flow name: new failures, fixed, still failing, slower and faster
/// (median change beyond a relative threshold and an absolute floor, so noise is not reported),
/// added and removed flows. Pure.
/// </summary>
internal sealed record RunComparison
{
    public IReadOnlyList<FlowProfile> NewFailures { get; init; } = Array.Empty<FlowProfile>();

    public IReadOnlyList<FlowProfile> Fixed { get; init; } = Array.Empty<FlowProfile>();

    public IReadOnlyList<FlowProfile> StillFailing { get; init; } = Array.Empty<FlowProfile>();

    /// <summary>(A, B) pairs whose median got slower, largest change first.</summary>
    public IReadOnlyList<(FlowProfile Before, FlowProfile After)> Slower { get; init; } = Array.Empty<(FlowProfile, FlowProfile)>();

    public IReadOnlyList<(FlowProfile Before, FlowProfile After)> Faster { get; init; } = Array.Empty<(FlowProfile, FlowProfile)>();

    public IReadOnlyList<FlowProfile> Added { get; init; } = Array.Empty<FlowProfile>();

    public IReadOnlyList<FlowProfile> Removed { get; init; } = Array.Empty<FlowProfile>();

    public static RunComparison Compare(RunProfile a, RunProfile b, double thresholdPercent, double minimumDeltaMs)
    {
        var both = b.Flows.Values.Where(f => a.Flows.ContainsKey(f.Name)).Select(f => (Before: a.Flows[f.Name], After: f)).OrderBy(p => p.After.Name, StringComparer.Ordinal).ToList();
        bool Changed(double before, double after) =>
            Math.Abs(after - before) >= minimumDeltaMs && Math.Abs(after - before) > before * thresholdPercent / 100.0;

        var timed = both.Where(p => p.Before.P50Ms is not null && p.After.P50Ms is not null).ToList();
        return new RunComparison
        {
            NewFailures = b.Flows.Values.Where(f => f.Failing && !(a.Flows.TryGetValue(f.Name, out var before) && before.Failing)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
            Fixed = both.Where(p => p.Before.Failing && !p.After.Failing).Select(p => p.After).ToList(),
            StillFailing = both.Where(p => p.Before.Failing && p.After.Failing).Select(p => p.After).ToList(),
            Slower = timed.Where(p => p.After.P50Ms > p.Before.P50Ms && Changed(p.Before.P50Ms!.Value, p.After.P50Ms!.Value))
                .OrderByDescending(p => p.After.P50Ms!.Value - p.Before.P50Ms!.Value).ToList(),
            Faster = timed.Where(p => p.After.P50Ms < p.Before.P50Ms && Changed(p.Before.P50Ms!.Value, p.After.P50Ms!.Value))
                .OrderByDescending(p => p.Before.P50Ms!.Value - p.After.P50Ms!.Value).ToList(),
            Added = b.Flows.Values.Where(f => !a.Flows.ContainsKey(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
            Removed = a.Flows.Values.Where(f => !b.Flows.ContainsKey(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
        };
    }
}
