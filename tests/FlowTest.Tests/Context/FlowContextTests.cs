using System.Threading;
using FlowTest.Context;
using FlowTest.Tests.Infrastructure;

namespace FlowTest.Tests.Context;

public sealed class FlowContextTests
{
    [Fact]
    public void After_flows_end_in_any_order_the_closest_open_ancestor_is_current()
    {
        using var test = new TestRecorder();
        var root = test.Start("root");
        var child = test.Start("child");
        var grandchild = test.Start("grandchild");

        child.Dispose();
        Assert.Same(grandchild, FlowContext.Current);
        grandchild.Dispose();
        Assert.Same(root, FlowContext.Current);
        root.Dispose();
        Assert.Null(FlowContext.Current);
    }

    [Fact]
    public void A_flow_detached_before_it_ends_gives_the_context_back_to_its_parent()
    {
        using var test = new TestRecorder();
        using var root = test.Start("root");
        using var child = test.Start("child");

        FlowContext.RestoreAfter(child);

        Assert.False(child.IsEnded);
        Assert.Same(root, FlowContext.Current);
    }

    [Fact]
    public void Ending_the_current_flow_does_not_make_a_new_execution_context()
    {
        using var test = new TestRecorder();
        var flow = test.Start("test");
        var before = ExecutionContext.Capture();

        flow.Dispose();

        Assert.Same(before, ExecutionContext.Capture());
        Assert.Null(FlowContext.Current);
    }
}
