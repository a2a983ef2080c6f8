namespace FlowTest.Reading;

/// <summary>The <c>code</c> object of a trace line: where in the source the event was recorded.</summary>
internal sealed record TraceCodeLocation(string? File, int? Line, string? Member)
{
    /// <summary><c>file:line</c>, <c>file</c> alone, or <see langword="null"/> when the file is unknown.</summary>
    public string? FileAndLine => TraceLocationText.Format(File, Line);
}
