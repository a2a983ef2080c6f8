using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <summary>The p95 latency limit of a flow: <c>performance.sla_overrides</c> wins over the catalog's <c>sla.p95_ms</c>.</summary>
internal static class FlowSla
{
    public static double? P95Ms(string flowName, FlowCatalog catalog, PerformanceConfig performance) =>
        performance.SlaP95Ms.TryGetValue(flowName, out var overridden) ? overridden : catalog.Find(flowName)?.SlaP95Ms;

    /// <summary>The largest configured latency bucket, or <see langword="null"/> when there are none.</summary>
    public static double? LargestBucketMs(PerformanceConfig performance)
    {
        double? largest = null;
        foreach (var bucket in performance.LatencyBucketsMs)
        {
            largest = largest is { } l && l >= bucket ? l : bucket;
        }

        return largest;
    }
}
