namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>Generated projects outside the sample solution: a test that exits the process, a project with its own test framework.</summary>
internal static class EdgeSamples
{
    public const string ExitTests = """
        using System;
        using FlowTest;
        using Xunit;

        namespace ExitSample;

        public class ExitTests
        {
            [Fact]
            public void Exits_the_process()
            {
                Flow.Checkpoint("about to exit");
                Environment.Exit(0);
            }
        }
        """;

    /// <summary>
    /// The sample's own framework declaration, split so this file does not itself look like a declaration
    /// to FlowTest.Xunit's source scan (this test project is recorded by FlowTest.Xunit too: dogfooding).
    /// </summary>
    public const string OwnFrameworkAttribute = "[" + "assembly: TestFramework(\"Xunit.Sdk.XunitTestFramework\", \"xunit.execution.dotnet\")]";

    public const string OwnFrameworkTests = """
        using Xunit;

        {{OWN_FRAMEWORK}}

        namespace OwnFrameworkSample;

        public class Tests
        {
            [Fact]
            public void Passes()
            {
            }
        }
        """;
}
