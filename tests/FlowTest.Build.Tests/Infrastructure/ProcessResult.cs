namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>What a finished child process left: its exit code and its interleaved output.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>A readable account for assertion messages.</summary>
    public string Describe() => $"`{CommandLine}` exited with {ExitCode}:\n{Output}";
}
