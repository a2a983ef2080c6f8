namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>Generated projects outside the sample solution: a test that exits the process, a project with its own test framework, a project that limits parallelism.</summary>
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

    /// <summary>
    /// Three collections of one slow async test each, with xUnit allowed one thread: xUnit runs them one
    /// after another, so each test sees itself alone. Run side by side they would all see three. Each also
    /// sees the thread-pool minimum FlowTest.Xunit keeps while collections run: VSTest's host blocks two
    /// pool threads, so at least three (xUnit's own floor here is one; more cores give more anyway).
    /// </summary>
    public const string ParallelLimitTests = """
        using System.Threading;
        using System.Threading.Tasks;
        using Xunit;

        [assembly: CollectionBehavior(MaxParallelThreads = 1)]

        namespace ParallelLimitSample;

        internal static class Running
        {
            private static int _now;
            private static int _most;

            public static void AssertAPoolWorkerIsKeptFree()
            {
                ThreadPool.GetMinThreads(out var workers, out _);
                Assert.True(workers >= 3, "thread-pool minimum " + workers);
            }

            public static async Task<int> HoldAndCountMost()
            {
                var now = Interlocked.Increment(ref _now);
                int most;
                while ((most = Volatile.Read(ref _most)) < now && Interlocked.CompareExchange(ref _most, now, most) != most)
                {
                }

                await Task.Delay(300);
                Interlocked.Decrement(ref _now);
                return Volatile.Read(ref _most);
            }
        }

        public class FirstCollection
        {
            [Fact]
            public async Task Runs_alone()
            {
                Running.AssertAPoolWorkerIsKeptFree();
                Assert.Equal(1, await Running.HoldAndCountMost());
            }
        }

        public class SecondCollection
        {
            [Fact]
            public async Task Runs_alone()
            {
                Running.AssertAPoolWorkerIsKeptFree();
                Assert.Equal(1, await Running.HoldAndCountMost());
            }
        }

        public class ThirdCollection
        {
            [Fact]
            public async Task Runs_alone()
            {
                Running.AssertAPoolWorkerIsKeptFree();
                Assert.Equal(1, await Running.HoldAndCountMost());
            }
        }
        """;
}
