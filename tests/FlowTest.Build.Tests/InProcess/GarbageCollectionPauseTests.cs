using System;
using System.Runtime;

namespace FlowTest.Build.Tests.InProcess;

[Collection(GarbageCollectionPauseCollection.Name)]
public sealed class GarbageCollectionPauseTests
{
    private const long Budget = 64L << 20;

    [Fact]
    public void Collections_are_held_off_until_the_pause_is_disposed()
    {
        using (var pause = GarbageCollectionPause.Begin(Budget))
        {
            Assert.True(pause.Started);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_second_pause_while_one_is_active_runs_with_ordinary_collections_and_ends_nothing()
    {
        using var first = GarbageCollectionPause.Begin(Budget);
        using (var second = GarbageCollectionPause.Begin(Budget))
        {
            Assert.True(first.Started);
            Assert.False(second.Started);
        }

        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Outgrowing_the_budget_ends_the_pause_quietly()
    {
        var pause = GarbageCollectionPause.Begin(WeaveMemoryBudget.Minimum);
        var kept = new byte[64][];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = new byte[2 << 20];
        }

        pause.Dispose();

        Assert.True(pause.Started);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void A_budget_the_runtime_refuses_is_not_an_error()
    {
        using var pause = GarbageCollectionPause.Begin(long.MaxValue);

        Assert.False(pause.Started);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void After_a_pause_another_can_start()
    {
        GarbageCollectionPause.Begin(Budget).Dispose();

        using var next = GarbageCollectionPause.Begin(Budget);

        Assert.True(next.Started);
    }
}
