namespace FlowTest.Artifacts.Digest;

/// <summary>The values of one metric (<c>step</c>) recorded in flows of one name.</summary>
internal sealed class MetricSeries
{
    public MetricSeries(string flow, string metric)
    {
        Flow = flow;
        Metric = metric;
    }

    public string Flow { get; }

    public string Metric { get; }

    /// <summary>The unit of the last value that named one.</summary>
    public string? Unit { get; private set; }

    public long Count { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Sum { get; private set; }

    public double Last { get; private set; }

    public double Mean => Count == 0 ? 0 : Sum / Count;

    internal void Add(double value, string? unit)
    {
        Count++;
        Sum += value;
        Min = System.Math.Min(Min, value);
        Max = System.Math.Max(Max, value);
        Last = value;
        Unit = unit ?? Unit;
    }
}
