namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>One finished <c>dotnet</c> command: exit code, wall time, output, and the peak resident memory of a watched child (0 when none).</summary>
internal sealed record DotnetRun(int ExitCode, double Seconds, string Output, long PeakChildBytes);
