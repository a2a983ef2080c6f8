using System;
using System.Threading;

namespace FlowTest.Xunit.Runners;

/// <summary>
/// Keeps a thread-pool worker free for the tests while xUnit runs an assembly's collections. Under the
/// conservative algorithm (xUnit's default) and with parallelization off, tests run on pool threads.
/// VSTest's test host keeps pool threads blocked for the whole run (its request reader and the thread
/// that waits for xUnit to finish), and the pool's hill climbing may lower its thread goal to the
/// minimum: with a minimum no larger than the blocked threads, queued test work then waits until the
/// pool's starvation check adds a thread again (0.5 s or more). The minimum worker count is raised
/// (never lowered) to the pool threads already busy when the collections start plus one, and put back
/// afterwards unless something else changed it meanwhile.
/// </summary>
internal sealed class ThreadPoolFloor : IDisposable
{
    private readonly int _previousMinimum;
    private readonly int _raisedMinimum;
    private readonly int _ioMinimum;

    private ThreadPoolFloor(int previousMinimum, int raisedMinimum, int ioMinimum)
    {
        _previousMinimum = previousMinimum;
        _raisedMinimum = raisedMinimum;
        _ioMinimum = ioMinimum;
    }

    /// <summary>The minimum worker count that leaves one worker beyond <paramref name="busyWorkers"/>; never below <paramref name="currentMinimum"/> nor above <paramref name="maximum"/>.</summary>
    public static int MinimumFor(int busyWorkers, int currentMinimum, int maximum) =>
        Math.Max(currentMinimum, Math.Min(maximum, Math.Max(0, busyWorkers) + 1));

    /// <summary>Raises the pool's minimum for the duration of the scope; a no-op scope when it is high enough already or cannot be read.</summary>
    public static ThreadPoolFloor? Raise()
    {
        try
        {
            ThreadPool.GetMinThreads(out var minimum, out var ioMinimum);
            ThreadPool.GetMaxThreads(out var maximum, out _);
            ThreadPool.GetAvailableThreads(out var available, out _);
            var raised = MinimumFor(maximum - available, minimum, maximum);
            return raised > minimum && ThreadPool.SetMinThreads(raised, ioMinimum)
                ? new ThreadPoolFloor(minimum, raised, ioMinimum)
                : null;
        }
        catch (Exception)
        {
            // Only a guard against a scheduling stall: the tests run the same without it.
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            ThreadPool.GetMinThreads(out var minimum, out _);
            if (minimum == _raisedMinimum)
            {
                ThreadPool.SetMinThreads(_previousMinimum, _ioMinimum);
            }
        }
        catch (Exception)
        {
            // The process keeps the raised minimum: harmless.
        }
    }
}
