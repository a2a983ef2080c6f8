using System.Collections.Generic;
using System.Linq;
using FlowTest.NUnit;
using NUnit.Framework.Internal;

namespace FlowTest.Adapters.Tests.NUnitAdapter;

public class NUnitTestIdentityTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Categories_are_the_tests_own_then_each_enclosing_suites_outwards(int whichTest)
    {
        var tree = SampleTree();
        var test = whichTest == 0 ? tree.First : tree.Second;
        var expected = whichTest == 0 ? new[] { "fast", "db", "nightly" } : new[] { "db", "nightly" };

        // Read twice: the second read comes from the per-suite cache and must not differ.
        var first = NUnitTestIdentity.Of(test).Traits;
        var second = NUnitTestIdentity.Of(test).Traits;

        Assert.Equal(expected, first.Select(t => t.Value));
        Assert.All(first, t => Assert.Equal("Category", t.Key));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_test_without_categories_anywhere_has_no_traits()
    {
        var fixture = new TestFixture(new TypeWrapper(typeof(SampleFixture)));
        var test = new TestMethod(new MethodWrapper(typeof(SampleFixture), nameof(SampleFixture.Adds)), fixture);
        fixture.Add(test);

        Assert.Empty(NUnitTestIdentity.Of(test).Traits);
    }

    [Fact]
    public void Assembly_and_framework_are_read_from_the_test_class()
    {
        var fixture = new TestFixture(new TypeWrapper(typeof(SampleFixture)));
        var test = new TestMethod(new MethodWrapper(typeof(SampleFixture), nameof(SampleFixture.Adds)), fixture);
        fixture.Add(test);

        var identity = NUnitTestIdentity.Of(test);

        Assert.Equal(typeof(SampleFixture).Assembly.GetName().Name, identity.AssemblyName);
        Assert.Equal("net10.0", identity.TargetFramework);
        Assert.Empty(identity.Arguments);
    }

    [Fact]
    public void Arguments_are_named_by_the_methods_parameters_and_extra_ones_by_position()
    {
        var method = typeof(SampleFixture).GetMethod(nameof(SampleFixture.Doubles))!;

        var named = TestArguments.Named(method, new object?[] { 21, "extra" });

        Assert.Equal(new[] { new KeyValuePair<string, object?>("value", 21), new KeyValuePair<string, object?>("arg1", "extra") }, named);
        Assert.Empty(TestArguments.Named(method, null));
    }

    private static (TestMethod First, TestMethod Second) SampleTree()
    {
        var assembly = new TestSuite("Sample.dll");
        assembly.Properties.Add("Category", "nightly");
        var fixture = new TestFixture(new TypeWrapper(typeof(SampleFixture)));
        fixture.Properties.Add("Category", "db");
        assembly.Add(fixture);
        var first = new TestMethod(new MethodWrapper(typeof(SampleFixture), nameof(SampleFixture.Adds)), fixture);
        first.Properties.Add("Category", "fast");
        var second = new TestMethod(new MethodWrapper(typeof(SampleFixture), nameof(SampleFixture.Doubles)), fixture);
        fixture.Add(first);
        fixture.Add(second);
        return (first, second);
    }

    private sealed class SampleFixture
    {
        public static void Adds()
        {
        }

        public static void Doubles(int value) => _ = value * 2;
    }
}
