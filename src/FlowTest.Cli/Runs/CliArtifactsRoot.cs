using System.IO;
using FlowTest.Cli.Terminal;
using FlowTest.Config;
using FlowTest.Runs;

namespace FlowTest.Cli.Runs;

/// <summary>
/// Finds the <c>.flowtest/</c> directory a command reads: <c>--artifacts</c>, else
/// <c>FLOWTEST_ARTIFACTS</c>, else the nearest <c>.flowtest/</c> upward from the current directory,
/// else where the runtime would put it (<see cref="ArtifactsRoot"/>).
/// </summary>
internal static class CliArtifactsRoot
{
    public static ResolvedRoot Resolve(string? explicitPath, CliEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return new ResolvedRoot(Path.GetFullPath(Path.Combine(environment.CurrentDirectory, explicitPath!.Trim())), null, "--artifacts");
        }

        var fromVariable = environment.Variable(FlowTestEnvironmentVariables.Artifacts);
        if (!string.IsNullOrWhiteSpace(fromVariable))
        {
            return ArtifactsRoot.Resolve(fromVariable, environment.CurrentDirectory);
        }

        // A .flowtest/ somewhere above wins: a subdirectory of a repository reads the repository's runs.
        var directory = new DirectoryInfo(environment.CurrentDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, ArtifactsRoot.DirectoryName);
            if (Directory.Exists(candidate))
            {
                return new ResolvedRoot(candidate, null, "found upward from the current directory");
            }

            directory = directory.Parent;
        }

        return ArtifactsRoot.Resolve(null, environment.CurrentDirectory, environment.CurrentDirectory);
    }
}
