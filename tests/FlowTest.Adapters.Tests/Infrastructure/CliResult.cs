namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>Exit code and captured output of a dotnet CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => "exit " + ExitCode + "\n" + Output + "\n" + Error;
}
