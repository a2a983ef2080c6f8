using System;
using System.Threading;

namespace FlowTest.Writing;

/// <summary>
/// Bounded multi-producer, single-consumer queue of pre-allocated <see cref="TraceEventSlot"/>s
/// (Vyukov's sequence-numbered ring). Producers never allocate. When the ring is full a producer
/// waits for the writer to free a slot: events are never dropped here, and the writer always
/// drains (it discards and counts events only once its file has failed), so the wait is bounded.
/// </summary>
internal sealed class TraceQueue
{
    private readonly TraceEventSlot[] _slots;
    private readonly long _mask;
    private readonly long _wakeMask;
    private readonly ManualResetEventSlim _consumerSignal = new(false);
    private PaddedCounter _tail;
    private PaddedCounter _head;
    private long _producerWaits;
    private int _closed;

    public TraceQueue(int capacity)
    {
        if (capacity < 16 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be a power of two of at least 16");
        }

        _slots = TraceQueueStorage.Take(capacity);

        _mask = capacity - 1;
        _wakeMask = (capacity / 4) - 1;
    }

    public int Capacity => _slots.Length;

    /// <summary>Tickets claimed so far: everything below this will be published.</summary>
    public long ClaimedCount => Volatile.Read(ref _tail.Value);

    /// <summary>Tickets consumed so far.</summary>
    public long ConsumedCount => Volatile.Read(ref _head.Value);

    /// <summary>How often a producer found the ring full and waited.</summary>
    public long ProducerWaits => Volatile.Read(ref _producerWaits);

    /// <summary>Whether the writer has stopped for good: nothing claimed from now on is written.</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>The writer waits on this between batches.</summary>
    public ManualResetEventSlim ConsumerSignal => _consumerSignal;

    /// <summary>Claims the next slot; the caller fills it and calls <see cref="Publish"/>.</summary>
    public ref TraceEventSlot Claim(out long ticket)
    {
        ticket = Interlocked.Increment(ref _tail.Value) - 1;
        ref var slot = ref _slots[ticket & _mask];
        if (Volatile.Read(ref slot.Sequence) != ticket)
        {
            WaitUntilFree(ref slot, ticket);
        }

        return ref slot;
    }

    /// <summary>Makes a filled slot visible to the writer.</summary>
    public void Publish(ref TraceEventSlot slot, long ticket)
    {
        Volatile.Write(ref slot.Sequence, ticket + 1);

        // The writer polls every 20 ms (TraceWriter.IdleWait); wake it early only when a quarter of the ring fills,
        // so the per-event cost stays one mask test.
        if ((ticket & _wakeMask) == _wakeMask)
        {
            _consumerSignal.Set();
        }
    }

    /// <summary>Writer side: the next published slot, if any.</summary>
    public bool TryPeek(out long ticket)
    {
        ticket = _head.Value;
        return Volatile.Read(ref _slots[ticket & _mask].Sequence) == ticket + 1;
    }

    /// <summary>Writer side: the slot for a ticket returned by <see cref="TryPeek"/>.</summary>
    public ref TraceEventSlot SlotAt(long ticket) => ref _slots[ticket & _mask];

    /// <summary>Writer side: frees the slot of the ticket returned by <see cref="TryPeek"/>.</summary>
    public void Release(long ticket)
    {
        ref var slot = ref _slots[ticket & _mask];
        slot.Clear();
        Volatile.Write(ref slot.Sequence, ticket + _slots.Length);
        Volatile.Write(ref _head.Value, ticket + 1);
    }

    /// <summary>
    /// Called once the writer has stopped: producers waiting for a free slot are let go (their events
    /// land in slots nobody reads any more) instead of waiting forever.
    /// </summary>
    public void Close()
    {
        Volatile.Write(ref _closed, 1);
    }

    private void WaitUntilFree(ref TraceEventSlot slot, long ticket)
    {
        Interlocked.Increment(ref _producerWaits);
        _consumerSignal.Set();
        var spinner = default(SpinWait);
        while (Volatile.Read(ref slot.Sequence) != ticket && !IsClosed)
        {
            spinner.SpinOnce();
        }
    }
}
