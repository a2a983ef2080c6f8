using System.Linq;
using FlowTest.Weaving.Tests.Infrastructure;

namespace FlowTest.Weaving.Tests;

/// <summary>Issue 3 point 6: async methods end when their work ends, with the awaited result.</summary>
[Collection(WovenCollection.Name)]
public sealed class AsyncShapeTests
{
    private readonly WovenFixtures _fixtures;

    public AsyncShapeTests(WovenFixtures fixtures)
    {
        _fixtures = fixtures;
    }

    private ScenarioRun Run => _fixtures.Woven("async");

    [Fact]
    public void Woven_async_code_behaves_exactly_like_the_original()
    {
        Assert.Equal(0, Run.ExitCode);
        Assert.Equal(_fixtures.Plain("async").Output, Run.Output);
    }

    [Fact]
    public void A_method_awaiting_a_200_ms_delay_records_at_least_200_ms()
    {
        var ended = Run.EndedOnce("AsyncShapes/DelayAsync");
        Assert.True(ended.GetProperty("duration_ms").GetDouble() >= 200, "the flow must end when the awaited work ends, not at the first await");
        Assert.Equal("success", ScenarioRun.Str(ended, "verdict"));
    }

    [Theory]
    [InlineData("AsyncShapes/ValueAfterAwaitAsync")]
    [InlineData("AsyncShapes/ValueTaskAsync")]
    [InlineData("AsyncShapes/ValueTaskOfTAsync")]
    [InlineData("AsyncShapes/CompletesSynchronouslyAsync")]
    [InlineData("AsyncShapes/FireAndForget")]
    public void Each_async_shape_ends_exactly_once_with_success(string flow)
    {
        Run.StartedOnce(flow);
        Assert.Equal("success", ScenarioRun.Str(Run.EndedOnce(flow), "verdict"));
    }

    [Fact]
    public void An_exception_after_the_first_await_is_recorded_as_verdict_exception_and_still_reaches_the_caller()
    {
        Assert.Equal("exception", ScenarioRun.Str(Run.EndedOnce("AsyncShapes/ThrowsAfterAwaitAsync"), "verdict"));
        var exception = Assert.Single(Run.Named("flow.exception", "AsyncShapes/ThrowsAfterAwaitAsync"));
        Assert.Equal("after await", ScenarioRun.Path(exception, "exception", "message")?.GetString());
        Assert.Contains("caught=after await,same-task-faulted=True", Run.Output);
    }

    [Fact]
    public void The_verdict_uses_the_awaited_result_object()
    {
        Assert.Equal("failure", ScenarioRun.Str(Run.EndedOnce("AsyncShapes/FailsByResultAsync"), "verdict"));
    }

    [Fact]
    public void Generic_async_methods_are_woven_for_each_instantiation()
    {
        Assert.Equal(2, Run.Named("flow.ended", "AsyncShapes/GenericAsync").Count());
        Assert.Contains("generic=3,g", Run.Output);
    }

    [Fact]
    public void Async_methods_of_generic_types_are_woven_for_each_closed_type()
    {
        Assert.Equal(2, Run.Named("flow.ended", "Box/GetLaterAsync").Count());
        Assert.Contains("generic-type=4,four", Run.Output);
    }

    [Fact]
    public void Async_flows_carry_the_source_line_from_the_state_machine()
    {
        var code = ScenarioRun.Path(Run.StartedOnce("AsyncShapes/DelayAsync"), "code")!.Value;
        Assert.Equal("tests/FlowTest.Weaving.Fixtures/AsyncShapes.cs", code.GetProperty("file").GetString());
        Assert.Equal(SourceLines.LineOf("AsyncShapes.cs", "public static async Task DelayAsync") + 1, code.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_method_returning_a_task_without_async_ends_when_the_task_completes_with_its_result()
    {
        var delegated = Run.EndedOnce("AsyncShapes/DelegatesAsync");
        Assert.True(delegated.GetProperty("duration_ms").GetDouble() >= 150, "the flow must end when the returned task completes");
        Assert.Equal("failure", ScenarioRun.Str(Run.EndedOnce("AsyncShapes/DelegatesFailingResultAsync"), "verdict"));
    }

    [Fact]
    public void Capture_return_value_records_the_awaited_result()
    {
        var checkpoint = Assert.Single(Run.Named("flow.checkpoint", "AsyncShapes/CapturedAsync"));
        Assert.Equal("return", ScenarioRun.Str(checkpoint, "step"));
        Assert.Equal(42, checkpoint.GetProperty("payload").GetProperty("value").GetInt32());
    }
}
