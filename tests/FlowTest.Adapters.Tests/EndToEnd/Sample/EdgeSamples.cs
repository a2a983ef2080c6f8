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

    public const string OwnFrameworkTests = """
        using Xunit;

        [assembly: TestFramework("Xunit.Sdk.XunitTestFramework", "xunit.execution.dotnet")]

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
