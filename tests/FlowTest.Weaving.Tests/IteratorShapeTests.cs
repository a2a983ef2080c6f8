using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 6: iterators end when enumeration ends.</summary>
[Collection(WovenCollection.Name)]
public sealed class IteratorShapeTests
{
    private readonly WovenFixtures _fixtures;

    public IteratorShapeTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("iterators");

    [Fact]
    public void Woven_iterators_behave_exactly_like_the_original()
    {
        Assert.Equal(0, Run.ExitCode);
        Assert.Equal(_fixtures.Plain("iterators").Output, Run.Output);
    }

    [Fact]
    public void Full_and_early_stopped_enumerations_each_end_their_flow_once()
    {
        var ends = Run.Named("flow.ended", "IteratorShapes/Count");
        Assert.Equal(3, System.Linq.Enumerable.Count(ends));
        Assert.All(ends, e => Assert.Equal("success", ScenarioRun.Str(e, "verdict")));
    }

    [Fact]
    public void An_iterator_that_throws_ends_with_verdict_exception()
    {
        Assert.Equal("exception", ScenarioRun.Str(Run.EndedOnce("IteratorShapes/ThrowsMidway"), "verdict"));
        Assert.Contains("caught=iterator broke", Run.Output);
    }

    [Fact]
    public void Generic_iterators_are_woven()
    {
        Assert.Equal("success", ScenarioRun.Str(Run.EndedOnce("IteratorShapes/Repeat"), "verdict"));
        Assert.Contains("repeat=x,x,x", Run.Output);
    }

    [Fact]
    public void An_iterator_failing_inside_try_finally_records_the_exception_before_its_own_cleanup_ends_anything()
    {
        var flow = "IteratorShapes/ThrowsInsideTryFinally";
        var exception = Assert.Single(Run.Named("flow.exception", flow));
        var ended = Run.EndedOnce(flow);
        Assert.Equal("exception", ScenarioRun.Str(ended, "verdict"));
        Assert.True(exception.GetProperty("seq").GetInt64() < ended.GetProperty("seq").GetInt64());
        Assert.Contains("iterator finally ran", Run.Output);
    }

    [Fact]
    public void The_loop_body_sees_the_flow_of_the_code_that_enumerates_not_of_the_code_that_created_the_iterator()
    {
        Assert.Equal(new[] { "loop-current=enumerator", "loop-current=enumerator" }, Run.OutputLines("loop-current="));
        var creator = ScenarioRun.Str(Run.StartedOnce("creator"), "flow_id");
        Assert.Contains(Run.Named("flow.started", "IteratorShapes/Count"), e => ScenarioRun.Str(e, "parent_id") == creator);
    }
}
