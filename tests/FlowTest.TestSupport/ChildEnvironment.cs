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
