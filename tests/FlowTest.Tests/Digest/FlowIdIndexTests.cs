using System.Collections.Generic;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Digest;

public sealed class FlowIdIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    public void Remembers_the_last_ended_ids_as_a_queue_of_ids_would(int window)
    {
        var index = new FlowIdIndex(maxOpen: 1000, maxEnded: window);
        var ended = new Dictionary<SpanId, FlowSighting>();
        var order = new Queue<SpanId>();

        // Ids repeat (a foreign writer reusing ids): a repeated id sits in the window twice, as in a queue.
        for (var i = 0; i < 200; i++)
        {
            var id = Id(i % 7 == 6 ? i - 3 : i);
            var flow = new FlowSighting { Name = "f" + i, Id = id };
            Assert.True(index.TryOpen(flow));
            Assert.Same(flow, index.Close(id));
            if (order.Count >= window)
            {
                ended.Remove(order.Dequeue());
            }

            ended[id] = flow;
            order.Enqueue(id);

            Assert.Equal(ended.Count, index.EndedCount);
            for (var j = 0; j <= i; j++)
            {
                Assert.Same(ended.GetValueOrDefault(Id(j)), index.Find(Id(j)));
            }
        }
    }

    [Fact]
    public void Open_flows_come_in_start_order_and_a_full_index_refuses()
    {
        var index = new FlowIdIndex(maxOpen: 3, maxEnded: 0);
        Assert.True(index.TryOpen(new FlowSighting { Name = "b", Id = Id(2), StartOrder = 2 }));
        Assert.True(index.TryOpen(new FlowSighting { Name = "a", Id = Id(1), StartOrder = 1 }));
        Assert.True(index.TryOpen(new FlowSighting { Name = "c", Id = Id(3), StartOrder = 3 }));

        Assert.False(index.TryOpen(new FlowSighting { Name = "d", Id = Id(4), StartOrder = 4 }));
        Assert.Equal(new[] { "a", "b", "c" }, System.Linq.Enumerable.Select(index.OpenFlows, f => f.Name));
        Assert.NotNull(index.Close(Id(2)));
        Assert.Null(index.Find(Id(2)));
        Assert.Equal(0, index.EndedCount);
    }

    private static SpanId Id(int i) => SpanId.FromText(((ulong)(i + 1) * 0x9E3779B97F4A7C15UL).ToString("x16"))!.Value;
}
