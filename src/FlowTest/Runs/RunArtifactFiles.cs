namespace FlowTest.Runs;

/// <summary>The run's files, relative to its directory; <see langword="null"/> when not written.</summary>
internal sealed record RunArtifactFiles
{
    public string Trace { get; init; } = Reading.TraceFiles.MainFileName;

    public string? Summary { get; init; }

    public string? Ask { get; init; }
}
