using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace FlowTest.Benchmarks.Infrastructure;

/// <summary>
/// The one unit of work every start/checkpoint/end benchmark measures, written once for both
/// sides: a flow (or activity) with three fields, one checkpoint (event) and a success status.
/// </summary>
internal static class UnitOfWork
{
    public const string FlowName = "orders/submit";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WithActivity(ActivitySource source)
    {
        using (var activity = source.StartActivity(FlowName))
        {
            activity?.SetTag("rows", 300);
            activity?.SetTag("ok", true);
            activity?.SetTag("id", 42);
            activity?.AddEvent(new ActivityEvent("validated"));
            activity?.SetStatus(ActivityStatusCode.Ok);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WithFlow()
    {
        using (var flow = Flow.Start(FlowName))
        {
            Flow.Checkpoint("validated", new { rows = 300, ok = true, id = 42 });
            flow.Success();
        }
    }
}
