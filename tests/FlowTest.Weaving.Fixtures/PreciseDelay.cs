using System.Diagnostics;
using System.Threading.Tasks;

namespace FlowTest.Weaving.Fixtures;

/// <summary>
/// A delay of at least the given time as <see cref="Stopwatch"/> measures it. <c>Task.Delay</c> runs
/// on a coarse timer that may fire a fraction of a millisecond early, which would make "a 200 ms
/// await records ≥ 200 ms" fail for the timer's sake, not the weaver's.
/// </summary>
public static class PreciseDelay
{
    public static async Task AtLeast(int milliseconds)
    {
        var elapsed = Stopwatch.StartNew();
        await Task.Delay(milliseconds);
        while (elapsed.ElapsedMilliseconds < milliseconds)
        {
            await Task.Delay(1);
        }
    }
}
