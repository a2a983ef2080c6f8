namespace FlowTest.Runs;

/// <summary>The <c>status</c> of run.json.</summary>
internal static class RunStatus
{
    public const string Running = "running";
    public const string Passed = "passed";
    public const string Failed = "failed";

    /// <summary>Status "running" but no writer of the run is alive any more.</summary>
    public const string Crashed = "crashed";
}
