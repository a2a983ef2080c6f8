using System.Collections.Generic;

namespace FlowTest.Config;

/// <summary>The <c>performance</c> section: latency buckets and per-flow SLA overrides.</summary>
internal sealed record PerformanceConfig
{
    public IReadOnlyList<double> LatencyBucketsMs { get; init; } = new[] { 50d, 200d, 1000d };

    /// <summary>Flow name → p95 limit in milliseconds; wins over the catalog's <c>sla.p95_ms</c>.</summary>
    public IReadOnlyDictionary<string, double> SlaP95Ms { get; init; } = new Dictionary<string, double>();
}
