namespace FlowTest.Adapters.Tests.EndToEnd.Sample;

/// <summary>The generated NUnit test project: tests, test cases, sources, Assert.Multiple, ignore, inconclusive, parallel fixtures.</summary>
internal static class NUnitSample
{
    /// <param name="version">The packed FlowTest version.</param>
    /// <param name="library">Extra project items, such as <see cref="WovenLibrary.Reference"/>.</param>
    public static string Project(string version, string library = "") => SampleProjectFile.Create(
        SampleProjectFile.Package("FlowTest.NUnit", version),
        SampleProjectFile.Package("Microsoft.NET.Test.Sdk", "17.14.1"),
        SampleProjectFile.Package("NUnit", "4.4.0"),
        SampleProjectFile.Package("NUnit3TestAdapter", "5.2.0"),
        library);

    public const string Tests = """
        using System;
        using System.Collections.Generic;
        using FlowTest;
        using NUnit.Framework;

        [assembly: Parallelizable(ParallelScope.Fixtures)]

        namespace NUnitSample;

        [TestFixture]
        [Category("Orders")]
        public class OrderTests
        {
            [SetUp]
            public void SetUp() => Flow.Checkpoint("setup");

            [TearDown]
            public void TearDown() => Flow.Checkpoint("teardown");

            [Test]
            public void Passes()
            {
                TestContext.Out.WriteLine("hello from nunit");
                Assert.That(1 + 1, Is.EqualTo(2));
            }

            [TestCase(1, 1, 2)]
            [TestCase(2, 2, 5)]
            public void Sums(int a, int b, int sum) => Assert.That(a + b, Is.EqualTo(sum));

            public static IEnumerable<string> Names() => new[] { "ada", "grace" };

            [TestCaseSource(nameof(Names))]
            public void Greets(string name) => Assert.That(name, Is.Not.Empty);

            [Test]
            public void Checks_several_things() => Assert.Multiple(() =>
            {
                Assert.That(1, Is.EqualTo(2), "first check");
                Assert.That(3, Is.EqualTo(4), "second check");
            });

            [Test]
            public void Throws() => throw new InvalidOperationException("boom");

            [Test]
            [Ignore("not today")]
            public void Ignored()
            {
            }

            [Test]
            public void Unsure() => Assert.Inconclusive("cannot tell");
        }

        [TestFixture]
        public class PricingFixture
        {
            [Test]
            public void Quotes_through_the_woven_library() => Assert.That(Pricing.PriceList.Quote(2, 5m), Is.EqualTo(10m));
        }

        [TestFixture]
        public class ParallelFixture
        {
            [Test]
            public void One() => Flow.Checkpoint("p1");

            [Test]
            public void Two() => Flow.Checkpoint("p2");
        }
        """;
}
