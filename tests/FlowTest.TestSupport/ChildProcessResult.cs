namespace FlowTest.TestSupport;

/// <summary>What a finished child process left: exit code, its stdout, its stderr, and both interleaved as they came.</summary>
public sealed record ChildProcessResult(string CommandLine, int ExitCode, string Output, string Error, string Combined)
{
    /// <summary>A readable account for assertion messages.</summary>
    public override string ToString() => "`" + CommandLine + "` exited with " + ExitCode + ":\n" + Combined;
}
