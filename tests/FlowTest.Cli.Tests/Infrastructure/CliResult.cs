namespace FlowTest.Cli.Tests.Infrastructure;

/// <summary>What a flowtest invocation returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
