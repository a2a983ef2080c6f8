namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>The generated xUnit test project: facts, theories, failures, skips, output, parallel classes, checkpoints.</summary>
internal static class XunitSample
{
    /// <param name="version">The packed FlowTest version.</param>
    /// <param name="library">Extra project items, such as <see cref="WovenLibrary.Reference"/>.</param>
    public static string Project(string version, string library = "") => SampleProjectFile.Create(
        SampleProjectFile.Package("FlowTest.Xunit", version),
        SampleProjectFile.Package("Microsoft.NET.Test.Sdk", "17.14.1"),
        SampleProjectFile.Package("xunit", "2.9.3"),
        SampleProjectFile.Package("xunit.runner.visualstudio", "3.1.5"),
        library);

    public const string Tests = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FlowTest;
        using Xunit;
        using Xunit.Abstractions;

        namespace XunitSample;

        public class CalculatorTests : IAsyncLifetime, IDisposable
        {
            private readonly ITestOutputHelper _output;

            public CalculatorTests(ITestOutputHelper output)
            {
                _output = output;
                Flow.Checkpoint("constructed");
            }

            public Task InitializeAsync()
            {
                Flow.Checkpoint("initialized");
                return Task.CompletedTask;
            }

            public Task DisposeAsync()
            {
                Flow.Checkpoint("async-disposed");
                return Task.CompletedTask;
            }

            public void Dispose() => Flow.Checkpoint("disposed");

            [Fact]
            public void Adds()
            {
                _output.WriteLine("adding 2 and 2");
                Assert.Equal(4, 2 + 2);
            }

            [Fact]
            public async Task Adds_later()
            {
                await Task.Delay(10);
                Flow.Checkpoint("awaited");
            }

            [Theory]
            [InlineData(1, 2, 3)]
            [InlineData(2, 2, 5)]
            public void Sums(int a, int b, int sum) => Assert.Equal(sum, a + b);

            [Fact]
            public void Fails_an_assertion()
            {
                _output.WriteLine("about to fail");
                Assert.Equal(1, 2);
            }

            [Fact]
            public void Throws() => throw new InvalidOperationException("boom");

            [Fact(Skip = "not today")]
            public void Skipped()
            {
            }

            [Fact]
            public void Business_flow_fails_inside_a_passing_test()
            {
                using (Flow.Start("orders/submit"))
                {
                    Flow.Failure("BUSINESS.DECLINED", "card declined");
                }
            }

            public static IEnumerable<object[]> Widgets() => new[] { new object[] { new Widget(3) } };

            // Widget is not serializable: xUnit runs this theory's rows at run time (theory test case runner).
            [Theory]
            [MemberData(nameof(Widgets))]
            public void Counts_widgets(Widget widget) => Assert.Equal(3, widget.Count);

            [Theory]
            [InlineData("hunter2")]
            public void Logs_in(string password) => Assert.NotEmpty(password);
        }

        public class PricingTests
        {
            [Fact]
            public async Task Prices_through_the_woven_library()
            {
                Assert.Equal(6m, Pricing.PriceList.Quote(3, 2m));
                Assert.Equal(8m, await Pricing.PriceList.QuoteAsync(4));
            }
        }

        public sealed class Widget
        {
            public Widget(int count) => Count = count;

            public int Count { get; }

            public override string ToString() => "Widget(" + Count + ")";
        }

        public class ParallelTests
        {
            [Fact]
            [Trait("Category", "Slow")]
            public async Task Runs_beside_the_calculator()
            {
                await Task.Delay(50);
                Flow.Checkpoint("parallel");
            }

            [Fact]
            public void Keeps_logging_after_it_finished()
            {
                var scope = Flow.Current;
                _ = Task.Run(async () =>
                {
                    for (var i = 0; i < 40; i++)
                    {
                        await Task.Delay(25);
                        Flow.Checkpoint("late");
                        scope?.Checkpoint("late-direct");
                    }
                });
            }
        }
        """;
}
