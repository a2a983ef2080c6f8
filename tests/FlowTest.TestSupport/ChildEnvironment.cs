using System;
using System.Diagnostics;
using System.Linq;

namespace FlowTest.TestSupport;

/// <summary>
/// What a child process started by a test must not inherit from the test run: its FlowTest settings
/// (every <c>FLOWTEST_*</c>, so new variables are covered too), its VSTest and MSBuild variables, its
/// trace context and its CI variables (an inner run must never annotate the outer CI job).
/// </summary>
public static class ChildEnvironment
{
    private static readonly string[] Prefixes = { "FLOWTEST_", "VSTEST_" };

    private static readonly string[] Names =
    {
        "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "TRACEPARENT", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "TF_BUILD",
    };

    /// <summary>
    /// Isolates <paramref name="start"/> (<see cref="Isolate"/>) and sets what every child dotnet command of a test
    /// or benchmark gets: no telemetry, no banner, and no MSBuild node or build server left alive.
    /// </summary>
    public static void PrepareDotnet(ProcessStartInfo start)
    {
        Isolate(start);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
    }

    /// <summary>Removes the test run's variables from <paramref name="start"/>'s environment; the caller adds its own after.</summary>
    public static void Isolate(ProcessStartInfo start)
    {
        var inherited = start.Environment.Keys.Where(key =>
            Prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)) || key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase));
        foreach (var name in inherited.Concat(Names).ToList())
        {
            start.Environment.Remove(name);
        }
    }
}
