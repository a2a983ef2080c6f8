using System;

namespace FlowTest.Cli.Export;

/// <summary>
/// Which flows are tests: those the test adapters record (<c>source</c> <c>xunit</c> or
/// <c>nunit</c>). Mirrors the adapters' rule; kept here so the CLI reads traces of any version.
/// </summary>
internal static class TestFlowSources
{
    public static bool IsTest(string? source) =>
        string.Equals(source, "xunit", StringComparison.Ordinal) || string.Equals(source, "nunit", StringComparison.Ordinal);
}
