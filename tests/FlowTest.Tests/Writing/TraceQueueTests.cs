using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class TraceQueueTests
{
    [Fact]
    public void Every_event_from_many_producers_arrives_exactly_once_even_when_the_ring_is_tiny()
    {
        const int producers = 4;
        const int perProducer = 20_000;
        var queue = new TraceQueue(16);
        var seen = new List<(int Producer, int Index)>();
        var consumer = new Thread(() =>
        {
            while (seen.Count < producers * perProducer)
            {
                if (queue.TryPeek(out var ticket))
                {
                    ref var slot = ref queue.SlotAt(ticket);
                    seen.Add((slot.ThreadId, slot.Line));
                    queue.Release(ticket);
                }
            }
        });
        consumer.Start();

        var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
        {
            for (var i = 0; i < perProducer; i++)
            {
                ref var slot = ref queue.Claim(out var ticket);
                slot.ThreadId = p;
                slot.Line = i;
                queue.Publish(ref slot, ticket);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.True(consumer.Join(TimeSpan.FromSeconds(60)));

        Assert.Equal(producers * perProducer, seen.Distinct().Count());
        Assert.True(queue.ProducerWaits > 0, "a 16-slot ring under 4 producers should have made producers wait (backpressure)");
        foreach (var producer in seen.GroupBy(s => s.Producer))
        {
            // Per producer, events keep their order.
            Assert.Equal(Enumerable.Range(0, perProducer), producer.Select(s => s.Index));
        }
    }

    [Fact]
    public void Capacity_must_be_a_power_of_two()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TraceQueue(100));
    }
}
