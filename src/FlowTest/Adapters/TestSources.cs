using System;

namespace FlowTest.Adapters;

/// <summary>The <c>source</c> values test adapters write; flows with these sources are test flows.</summary>
internal static class TestSources
{
    public const string Xunit = "xunit";

    public const string NUnit = "nunit";

    /// <summary>Whether a flow recorded with <paramref name="source"/> is a test (it decides the run's status).</summary>
    public static bool IsTest(string? source) =>
        string.Equals(source, Xunit, StringComparison.Ordinal) || string.Equals(source, NUnit, StringComparison.Ordinal);
}
