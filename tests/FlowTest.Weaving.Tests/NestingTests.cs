using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 10: woven flows nest under the caller's flow and give it back.</summary>
[Collection(WovenCollection.Name)]
public sealed class NestingTests
{
    private readonly WovenFixtures _fixtures;

    public NestingTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("nesting");

    [Theory]
    [InlineData("SyncShapes/StaticVoid")]
    [InlineData("AsyncShapes/DelayAsync")]
    [InlineData("probe/current")]
    public void A_woven_call_inside_a_flow_is_its_child(string flow)
    {
        var outer = ScenarioRun.Str(Run.StartedOnce("outer"), "flow_id");
        Assert.Equal(outer, ScenarioRun.Str(Run.StartedOnce(flow), "parent_id"));
    }

    [Fact]
    public void A_woven_method_is_the_current_flow_inside_its_body()
    {
        Assert.Contains("inner-sees=probe/current", Run.Output);
    }

    [Fact]
    public void The_caller_gets_its_flow_back_when_an_async_kickoff_returns_and_after_the_await()
    {
        Assert.Contains("current-after-kickoff=outer", Run.Output);
        Assert.Contains("current-after-await=outer", Run.Output);
    }
}
