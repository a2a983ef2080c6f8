namespace FlowTest.Config;

/// <summary>The <c>artifacts</c> section: which end-of-run files are written.</summary>
internal sealed record ArtifactsConfig
{
    public bool SummaryMd { get; init; } = true;

    public AskMdMode AskMd { get; init; } = AskMdMode.OnFailure;

    /// <summary>How many of the last events ask.md quotes.</summary>
    public int TraceTailEvents { get; init; } = 50;
}
