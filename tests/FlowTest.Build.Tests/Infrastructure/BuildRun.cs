namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>One <c>dotnet build</c> of a consumer: console output (errors in canonical form) and the detailed log.</summary>
internal sealed record BuildRun(ProcessResult Process, BuildLog Log)
{
    public bool Succeeded => Process.ExitCode == 0;

    public string Describe() => Process.Describe();
}
