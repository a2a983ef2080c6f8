using System;

namespace FlowTest.Artifacts.Digest;

/// <summary>A metric series' identity: the flow name and the metric (<c>step</c>) name.</summary>
internal readonly struct MetricKey : IEquatable<MetricKey>
{
    public MetricKey(string flow, string metric)
    {
        Flow = flow;
        Metric = metric;
    }

    public string Flow { get; }

    public string Metric { get; }

    public bool Equals(MetricKey other) =>
        string.Equals(Flow, other.Flow, StringComparison.Ordinal) && string.Equals(Metric, other.Metric, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is MetricKey other && Equals(other);

    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Flow) * 31) ^ StringComparer.Ordinal.GetHashCode(Metric);
}
