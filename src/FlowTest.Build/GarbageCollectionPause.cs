using System;
using System.Runtime;
using System.Threading;

namespace FlowTest.Build;

/// <summary>
/// Asks the runtime not to collect while the weave allocates up to a budget (<see cref="GC.TryStartNoGCRegion(long)"/>),
/// and ends that when disposed. Best effort and process-wide: one pause at a time (MSBuild may run another
/// project's weave in the same node while this one has yielded), and any refusal — budget too large, a pause
/// already active, the budget overrun so the runtime collected and left the mode — just means the weave runs
/// with ordinary collections. It never fails a build.
/// </summary>
internal sealed class GarbageCollectionPause : IDisposable
{
    private static int s_active;

    private bool _started;
    private bool _owner;

    private GarbageCollectionPause()
    {
    }

    /// <summary>Whether the runtime accepted the pause (false: collections as usual).</summary>
    public bool Started => _started;

    /// <summary>Starts a pause of up to <paramref name="budgetBytes"/> allocated bytes, if the runtime allows it.</summary>
    public static GarbageCollectionPause Begin(long budgetBytes)
    {
        var pause = new GarbageCollectionPause();
        if (Interlocked.CompareExchange(ref s_active, 1, 0) != 0)
        {
            return pause;
        }

        pause._owner = true;
        try
        {
            pause._started = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(budgetBytes, disallowFullBlockingGC: true);
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or InvalidOperationException)
        {
            pause._started = false;
        }

        return pause;
    }

    public void Dispose()
    {
        if (!_owner)
        {
            return;
        }

        try
        {
            if (_started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The weave outgrew the budget (the runtime collected and left the mode) or someone else ended it.
        }
        finally
        {
            _owner = false;
            Interlocked.Exchange(ref s_active, 0);
        }
    }
}
