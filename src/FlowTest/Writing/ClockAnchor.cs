using System;
using System.Diagnostics;

namespace FlowTest.Writing;

/// <summary>
/// Turns <see cref="Stopwatch"/> timestamps taken on the calling thread into UTC times on the writer
/// thread. Producers read one monotonic clock per event (the cheapest clock there is); the writer
/// maps it to wall-clock time from an anchor — UTC and timestamp read together — renewed every
/// <see cref="ReanchorInterval"/> so clock adjustments show up within seconds.
/// </summary>
/// <remarks>Used by the writer thread only; not thread-safe.</remarks>
internal sealed class ClockAnchor
{
    private static readonly long ReanchorInterval = Stopwatch.Frequency * 5;
    private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

    private readonly Func<long> _utcNowTicks;
    private readonly Func<long> _timestampNow;
    private long _anchorUtcTicks;
    private long _anchorTimestamp;

    public ClockAnchor()
        : this(() => DateTime.UtcNow.Ticks, Stopwatch.GetTimestamp)
    {
    }

    /// <summary>For tests: both clocks supplied.</summary>
    public ClockAnchor(Func<long> utcNowTicks, Func<long> timestampNow)
    {
        _utcNowTicks = utcNowTicks;
        _timestampNow = timestampNow;
        Reanchor();
    }

    /// <summary>The UTC time (in <see cref="DateTime.Ticks"/>) at which <paramref name="timestamp"/> was read.</summary>
    public long ToUtcTicks(long timestamp)
    {
        if (timestamp - _anchorTimestamp > ReanchorInterval)
        {
            Reanchor();
        }

        return _anchorUtcTicks + (long)((timestamp - _anchorTimestamp) * TicksPerTimestamp);
    }

    private void Reanchor()
    {
        _anchorTimestamp = _timestampNow();
        _anchorUtcTicks = _utcNowTicks();
    }
}
