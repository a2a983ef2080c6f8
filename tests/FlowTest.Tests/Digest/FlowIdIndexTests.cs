using System.Collections.Generic;
using System.Linq;
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
        var ended = new Dictionary<SpanId, FlowNameStats>();
        var order = new Queue<SpanId>();

        // Ids repeat (a foreign writer reusing ids): a repeated id sits in the window twice, as in a queue.
        for (var i = 0; i < 200; i++)
        {
            var id = Id(i % 7 == 6 ? i - 3 : i);
            var stats = Stats("f" + i);
            Assert.True(index.TryOpen(id, Started(stats, parent: Id(i + 1000), order: i)));
            Assert.True(index.TryClose(id, out var closed));
            Assert.Same(stats, closed.Link.Stats);
            if (order.Count >= window)
            {
                ended.Remove(order.Dequeue());
            }

            ended[id] = stats;
            order.Enqueue(id);

            Assert.Equal(ended.Count, index.EndedCount);
            for (var j = 0; j <= i; j++)
            {
                var expected = ended.GetValueOrDefault(Id(j));
                Assert.Equal(expected is not null, index.TryFind(Id(j), out var found));
                Assert.Same(expected, found.Stats);
            }
        }

        Assert.True(index.TryFind(Id(199), out var last));
        Assert.Equal(Id(1199), last.Parent);
    }

    [Fact]
    public void Open_flows_come_in_start_order_with_what_their_start_said_and_a_full_index_refuses()
    {
        var index = new FlowIdIndex(maxOpen: 3, maxEnded: 0);
        Assert.True(index.TryOpen(Id(2), Started(Stats("b"), parent: null, order: 2)));
        Assert.True(index.TryOpen(Id(1), Started(Stats("a"), parent: Id(2), order: 1)));
        Assert.True(index.TryOpen(Id(3), Started(Stats("c"), parent: null, order: 3)));

        Assert.False(index.TryOpen(Id(4), Started(Stats("d"), parent: null, order: 4)));
        Assert.False(index.TryOpen(null, Started(Stats("e"), parent: null, order: 5)));
        var open = index.OpenFlows;
        Assert.Equal(new[] { "a", "b", "c" }, open.Select(f => f.Name));
        Assert.Equal((Id(1), Id(2), "at a:1", "2026-11-23T01:00:01Z"), (open[0].Id, open[0].Parent, open[0].Location, open[0].StartedAt));
        Assert.Null(open[0].Verdict);

        Assert.True(index.TryClose(Id(2), out _));
        Assert.False(index.TryFind(Id(2), out _));
        Assert.False(index.TryClose(Id(2), out _));
        Assert.Equal(0, index.EndedCount);
    }

    private static FlowNameStats Stats(string name) => new(name, RunDigestOptions.Default);

    private static OpenFlow Started(FlowNameStats stats, SpanId? parent, int order) =>
        new(new FlowLink(stats, parent), order, "2026-11-23T01:00:0" + order + "Z", null, "at " + stats.Name + ":" + order);

    private static SpanId Id(int i) => SpanId.FromText(((ulong)(i + 1) * 0x9E3779B97F4A7C15UL).ToString("x16"))!.Value;
}
