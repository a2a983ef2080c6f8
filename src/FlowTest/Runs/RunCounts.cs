namespace FlowTest.Runs;

/// <summary>Flow counts by verdict, as in run.json.</summary>
internal sealed record RunCounts
{
    public long Flows { get; init; }

    public long Success { get; init; }

    public long Failure { get; init; }

    public long Exception { get; init; }

    public long Skipped { get; init; }

    public long Incomplete { get; init; }

    public long Events { get; init; }

    /// <summary>Lines of the trace that could not be read.</summary>
    public long MalformedLines { get; init; }
}
