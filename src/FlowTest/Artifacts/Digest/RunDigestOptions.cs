namespace FlowTest.Artifacts.Digest;

/// <summary>The bounds that keep a <see cref="RunDigest"/> small however long the trace is.</summary>
internal sealed record RunDigestOptions
{
    public static RunDigestOptions Default { get; } = new();

    /// <summary>How many of the last events are kept (<c>trace_tail_events</c>).</summary>
    public int TailEvents { get; init; } = 50;

    /// <summary>How many of the first and of the most recent failures are kept.</summary>
    public int FailureSamples { get; init; } = 5;

    /// <summary>
    /// Durations kept per flow name for percentiles. Up to this many flows of a name the
    /// percentiles are exact; past it they come from a uniform random sample of this size.
    /// </summary>
    public int DurationSamplesPerFlow { get; init; } = 4096;

    /// <summary>How many of the slowest flows of each name are kept as latency-outlier candidates.</summary>
    public int SlowestPerFlow { get; init; } = 5;

    /// <summary>How many open flows are tracked for parent links and orphan reports.</summary>
    public int MaxOpenFlows { get; init; } = 100_000;

    /// <summary>How many ended flows stay known by id, so children that outlive their parent still find its name.</summary>
    public int RecentlyEndedFlows { get; init; } = 4096;

    /// <summary>How many orphaned or incomplete flows are kept for listing.</summary>
    public int ListedFlows { get; init; } = 20;

    /// <summary>Longest payload text kept with a failure or a tail event; longer ones are cut with a marker.</summary>
    public int MaxPayloadChars { get; init; } = 2048;

    /// <summary>How many distinct (flow, metric) series are aggregated.</summary>
    public int MaxMetricSeries { get; init; } = 256;

    /// <summary>
    /// How many distinct flow names get their own aggregates. A test run has one name per test, so
    /// this bounds the digest of a huge suite; flows of later names are counted together in one row.
    /// </summary>
    public int MaxFlowNames { get; init; } = 10_000;

    /// <summary>How many distinct parent → child name links the flow tree keeps.</summary>
    public int MaxTreeLinks { get; init; } = 20_000;

    /// <summary>How many distinct sources and nodes are remembered.</summary>
    public int MaxSourcesAndNodes { get; init; } = 64;
}
