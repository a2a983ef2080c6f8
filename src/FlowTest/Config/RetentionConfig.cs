namespace FlowTest.Config;

/// <summary>The <c>retention</c> section: how many runs are kept and how large a trace part grows.</summary>
internal sealed record RetentionConfig
{
    public bool RotateTrace { get; init; } = true;

    public long MaxTraceBytes { get; init; } = 10L * 1024 * 1024;

    public int KeepRuns { get; init; } = 20;
}
