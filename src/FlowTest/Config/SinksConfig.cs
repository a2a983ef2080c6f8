namespace FlowTest.Config;

/// <summary>
/// The <c>sinks</c> section: where events go besides the run directory's run.json. Without the
/// section both sinks are on; a <c>sinks</c> list turns on exactly the sinks it names.
/// </summary>
internal sealed record SinksConfig
{
    /// <summary>Print failures and the run summary line to stderr.</summary>
    public bool Console { get; init; } = true;

    /// <summary>Write trace.jsonl (turning it off leaves only run.json).</summary>
    public bool Jsonl { get; init; } = true;
}
