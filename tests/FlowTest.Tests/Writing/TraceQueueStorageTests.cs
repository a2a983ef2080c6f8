using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

/// <summary>The slot array a test host prepares ahead of time goes to the next queue of its capacity, once.</summary>
public class TraceQueueStorageTests
{
    // No other test makes a queue of this capacity, so nothing else can take the prepared array.
    private const int Capacity = 2048;

    [Fact]
    public void The_prepared_array_goes_to_the_next_queue_of_its_capacity_once()
    {
        var prepared = TraceQueueStorage.Prepare(Capacity);

        var ofOtherCapacity = TraceQueueStorage.Take(Capacity / 2);
        var first = TraceQueueStorage.Take(Capacity);
        var second = TraceQueueStorage.Take(Capacity);

        Assert.Equal(Capacity / 2, ofOtherCapacity.Length);
        Assert.Same(prepared, first);
        Assert.NotSame(prepared, second);
        Assert.Equal(Capacity, second.Length);
    }

    [Fact]
    public void A_queue_numbers_its_slots_whether_its_array_was_prepared_or_not()
    {
        TraceQueueStorage.Prepare(Capacity);

        foreach (var queue in new[] { new TraceQueue(Capacity), new TraceQueue(Capacity) })
        {
            for (long ticket = 0; ticket < Capacity; ticket++)
            {
                Assert.Equal(ticket, queue.SlotAt(ticket).Sequence);
            }
        }
    }
}
