using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 6: async iterators end when asynchronous enumeration ends.</summary>
[Collection(WovenCollection.Name)]
public sealed class AsyncStreamShapeTests
{
    private readonly WovenFixtures _fixtures;

    public AsyncStreamShapeTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("streams");

    [Fact]
    public void Woven_async_iterators_behave_exactly_like_the_original()
    {
        Assert.Equal(0, Run.ExitCode);
        Assert.Equal(_fixtures.Plain("streams").Output, Run.Output);
    }

    [Fact]
    public void Full_and_early_stopped_async_enumerations_each_end_their_flow_once_with_success()
    {
        var ends = Run.Named("flow.ended", "AsyncStreamShapes/CountAsync").ToList();
        Assert.Equal(3, ends.Count);
        Assert.All(ends, e => Assert.Equal("success", ScenarioRun.Str(e, "verdict")));
        Assert.Equal(3, Run.Named("flow.started", "AsyncStreamShapes/CountAsync").Count());
    }

    [Fact]
    public void An_async_iterator_failing_after_an_await_ends_with_verdict_exception()
    {
        Assert.Equal("exception", ScenarioRun.Str(Run.EndedOnce("AsyncStreamShapes/ThrowsAsync"), "verdict"));
        Assert.Single(Run.Named("flow.exception", "AsyncStreamShapes/ThrowsAsync"));
        Assert.Contains("caught=stream broke", Run.Output);
    }

    [Fact]
    public void An_async_iterator_nests_under_the_caller_and_the_caller_keeps_its_flow_in_the_loop()
    {
        var outer = ScenarioRun.Str(Run.StartedOnce("stream-outer"), "flow_id");
        Assert.Contains(Run.Named("flow.started", "AsyncStreamShapes/CountAsync"), e => ScenarioRun.Str(e, "parent_id") == outer);
        Assert.Contains("inside-stream-current=stream-outer", Run.Output);
    }
}
