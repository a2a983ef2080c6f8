using System.Threading;

namespace FlowTest.Writing;

/// <summary>
/// The slot arrays of <see cref="TraceQueue"/>s, and one made ahead of time. A recorder's queue is
/// 1.8 MB at the default capacity; allocating it and numbering its slots touches every page of it,
/// which costs several ms where fresh memory is slow. A test host prepares one on a background
/// thread while the test framework explores the assembly (<c>TestHostRehearsal</c>), so the
/// recorder that starts before the first test takes it instead.
/// </summary>
internal static class TraceQueueStorage
{
    private static TraceEventSlot[]? s_prepared;

    /// <summary>Makes a slot array of <paramref name="capacity"/> for the next queue of that capacity, unless one is ready; returns the one that is.</summary>
    public static TraceEventSlot[] Prepare(int capacity) =>
        Volatile.Read(ref s_prepared) ?? Interlocked.CompareExchange(ref s_prepared, Create(capacity), null) ?? Volatile.Read(ref s_prepared)!;

    /// <summary>The prepared array if it has <paramref name="capacity"/> slots (once), else a new one.</summary>
    public static TraceEventSlot[] Take(int capacity)
    {
        var prepared = Volatile.Read(ref s_prepared);
        if (prepared is not null && prepared.Length == capacity && Interlocked.CompareExchange(ref s_prepared, null, prepared) == prepared)
        {
            return prepared;
        }

        return Create(capacity);
    }

    // Each slot starts with its own index as its sequence (see TraceQueue).
    private static TraceEventSlot[] Create(int capacity)
    {
        var slots = new TraceEventSlot[capacity];
        for (var i = 0; i < capacity; i++)
        {
            slots[i].Sequence = i;
        }

        return slots;
    }
}
