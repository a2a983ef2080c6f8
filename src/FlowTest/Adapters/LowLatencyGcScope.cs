using System;
using System.Runtime;

namespace FlowTest.Adapters;

/// <summary>
/// Keeps full blocking collections out of the end of a test assembly. The runner waits while the
/// last host writes the run's files, and a generation 2 collection there (the heap then holds the
/// run's digest and the writer's queue) costs several ms. Workstation GC's
/// <see cref="GCLatencyMode.LowLatency"/> defers them (not under memory pressure); the previous mode
/// comes back when the scope ends. Where the mode is not available (server GC) nothing changes.
/// </summary>
internal readonly struct LowLatencyGcScope : IDisposable
{
    private readonly GCLatencyMode? _previous;

    private LowLatencyGcScope(GCLatencyMode? previous) => _previous = previous;

    public static LowLatencyGcScope Enter()
    {
        try
        {
            var previous = GCSettings.LatencyMode;
            if (GCSettings.IsServerGC || previous == GCLatencyMode.LowLatency || previous == GCLatencyMode.NoGCRegion)
            {
                return default;
            }

            GCSettings.LatencyMode = GCLatencyMode.LowLatency;
            return new LowLatencyGcScope(previous);
        }
        catch (Exception)
        {
            return default;
        }
    }

    public void Dispose()
    {
        if (_previous is { } previous)
        {
            try
            {
                GCSettings.LatencyMode = previous;
            }
            catch (Exception)
            {
                // The process is ending; the mode only mattered for the assembly's end.
            }
        }
    }
}
