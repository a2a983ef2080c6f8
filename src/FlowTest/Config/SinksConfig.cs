namespace FlowTest.Config;

/// <summary>Where events go besides the run directory's trace.jsonl.</summary>
internal sealed record SinksConfig
{
    /// <summary>Print failures and the run summary line to stderr.</summary>
    public bool Console { get; init; } = true;

    /// <summary>Write trace.jsonl (turning it off leaves only run.json).</summary>
    public bool Jsonl { get; init; } = true;
}
