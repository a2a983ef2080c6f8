using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Digest;

public sealed class SpanIdMapTests
{
    [Fact]
    public void Behaves_like_a_dictionary_through_adds_replacements_and_removals()
    {
        var map = new SpanIdMap<int>();
        var model = new Dictionary<SpanId, int>();
        var ids = Enumerable.Range(0, 300).Select(i => Id(i)).Concat(new[] { SpanId.FromText("foreign-id")!.Value, SpanId.FromText("A1")!.Value }).ToList();
        var step = 0;
        foreach (var id in ids.Concat(ids.Take(120)))
        {
            step++;
            if (step % 3 == 0 && model.ContainsKey(id))
            {
                Assert.True(map.Remove(id));
                model.Remove(id);
            }
            else
            {
                map.Set(id, step);
                model[id] = step;
            }
        }

        Assert.Equal(model.Count, map.Count);
        foreach (var id in ids)
        {
            Assert.Equal(model.TryGetValue(id, out var expected), map.TryGetValue(id, out var actual));
            Assert.Equal(expected, actual);
        }

        Assert.False(map.Remove(Id(100_000)));
        Assert.Equal(model.OrderBy(e => e.Value), LiveEntries(map).OrderBy(e => e.Value));
    }

    [Fact]
    public void Ids_that_differ_only_in_spelling_stay_apart()
    {
        var map = new SpanIdMap<int>();
        map.Set(SpanId.FromText("00000000000000a1")!.Value, 1);
        map.Set(SpanId.FromText("A1")!.Value, 2);

        Assert.True(map.TryGetValue(SpanId.FromText("A1")!.Value, out var upper));
        Assert.Equal(2, upper);
        Assert.False(map.TryGetValue(SpanId.FromText("a1")!.Value, out _));
    }

    private static List<KeyValuePair<SpanId, int>> LiveEntries(SpanIdMap<int> map)
    {
        var live = new List<KeyValuePair<SpanId, int>>();
        for (var slot = 0; slot < map.Slots; slot++)
        {
            if (map.TryGetAt(slot, out var key, out var value))
            {
                live.Add(new KeyValuePair<SpanId, int>(key, value));
            }
        }

        return live;
    }

    private static SpanId Id(int i) => SpanId.FromText(((ulong)i * 0x9E3779B97F4A7C15UL).ToString("x16"))!.Value;
}
