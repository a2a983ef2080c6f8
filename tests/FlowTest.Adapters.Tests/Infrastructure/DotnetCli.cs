using System.Collections.Generic;

namespace FlowTest.Adapters.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI as a child process (see <see cref="ChildProcess"/> for the environment it gets).</summary>
internal static class DotnetCli
{
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var result = ChildProcess.Run("dotnet", workingDirectory, environment, args);
        return new CliResult(result.ExitCode, result.Output, result.Error);
    }
}
