using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Build.Tests.Infrastructure;

/// <summary>
/// Runs the dotnet CLI the way these tests need it (see <see cref="ChildProcess"/>), also without the
/// shared compiler server, so no VBCSCompiler outlives a test; the caller adds the NuGet cache and
/// FLOWTEST_ARTIFACTS.
/// </summary>
internal static class DotnetCli
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var variables = environment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        variables.TryAdd("UseSharedCompilation", "false");
        var result = ChildProcess.Run("dotnet", workingDirectory, variables, arguments);
        return new ProcessResult(result.CommandLine, result.ExitCode, result.Combined);
    }
}
