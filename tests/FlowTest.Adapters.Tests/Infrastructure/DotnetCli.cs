using System;
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

    /// <summary>Runs the command and throws with its output when it fails (fixture setup steps).</summary>
    public static CliResult RunOrThrow(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var result = Run(workingDirectory, environment, args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + string.Join(" ", args) + " failed: " + result);
        }

        return result;
    }
}
