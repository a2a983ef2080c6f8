using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Rendering;

public sealed class DurationReservoirTests
{
    [Fact]
    public void Percentiles_are_exact_nearest_rank_while_everything_fits()
    {
        var reservoir = new DurationReservoir(100);
        foreach (var ms in Enumerable.Range(1, 20))
        {
            reservoir.Add(ms);
        }

        Assert.True(reservoir.IsExact);
        Assert.Equal(10, reservoir.Percentile(50));
        Assert.Equal(19, reservoir.Percentile(95));
        Assert.Equal(20, reservoir.Percentile(100));
        Assert.Equal(1, reservoir.Percentile(0));
        Assert.Equal(5, reservoir.CountAbove(15));
    }

    [Fact]
    public void Past_its_capacity_it_samples_uniformly_and_deterministically()
    {
        DurationReservoir Fill()
        {
            var reservoir = new DurationReservoir(1000);
            for (var i = 1; i <= 100_000; i++)
            {
                reservoir.Add(i);
            }

            return reservoir;
        }

        var first = Fill();
        var second = Fill();

        Assert.False(first.IsExact);
        Assert.Equal(100_000, first.Count);
        Assert.Equal((1d, 100_000d), (first.Min, first.Max));
        Assert.InRange(first.Percentile(50)!.Value, 45_000, 55_000);
        Assert.InRange(first.Percentile(95)!.Value, 92_000, 98_000);
        Assert.InRange(first.CountAbove(90_000), 7_000, 13_000);
        Assert.Equal(first.Percentile(50), second.Percentile(50));
    }

    [Fact]
    public void An_empty_reservoir_has_no_percentiles_and_ignores_non_numbers()
    {
        var reservoir = new DurationReservoir(10);
        reservoir.Add(double.NaN);
        reservoir.Add(double.PositiveInfinity);

        Assert.Null(reservoir.Percentile(50));
        Assert.Equal(0, reservoir.Count);
        Assert.Equal(0, reservoir.CountAbove(1));
    }
}
