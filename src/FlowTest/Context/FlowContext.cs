using System.Threading;

namespace FlowTest.Context;

/// <summary>
/// The current flow of the async/thread context. Flows started inside <c>Task.Run</c>,
/// <c>Parallel.For</c>, timers or <c>await</c> chains see the flow that was current where the work
/// was queued, because <see cref="AsyncLocal{T}"/> flows with the execution context.
/// </summary>
internal static class FlowContext
{
    private static readonly AsyncLocal<FlowScope?> CurrentFlow = new();

    /// <summary>The innermost flow of this context that has not ended (a flow ended on another thread is skipped).</summary>
    public static FlowScope? Current
    {
        get
        {
            var current = CurrentFlow.Value;
            return current is null || !current.IsEnded ? current : FirstOpenAncestor(current.Parent);
        }

        set => CurrentFlow.Value = value;
    }

    /// <summary>
    /// After <paramref name="ended"/> ends (or is detached from this context, by woven code), its parent
    /// becomes current again — but only in a context where <paramref name="ended"/> is still current
    /// (ending a flow on another thread leaves that thread's context alone).
    /// </summary>
    /// <remarks>
    /// A flow that has already ended is left in place: <see cref="Current"/> looks past ended flows to
    /// the same ancestor this would make current, and every set of an <see cref="AsyncLocal{T}"/> costs
    /// a new execution context (70–120 bytes per test flow in a test host, whose runner keeps async
    /// locals of its own). The ended flow stays referenced by the context until it next changes.
    /// </remarks>
    public static void RestoreAfter(FlowScope ended)
    {
        if (ended.IsEnded)
        {
            return;
        }

        if (ReferenceEquals(CurrentFlow.Value, ended))
        {
            CurrentFlow.Value = FirstOpenAncestor(ended.Parent);
        }
    }

    private static FlowScope? FirstOpenAncestor(FlowScope? flow)
    {
        while (flow is not null && flow.IsEnded)
        {
            flow = flow.Parent;
        }

        return flow;
    }
}
