using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Tests.Digest;

/// <summary>A name keeps its slowest flows in a field until a second one is kept; the list it shows must not tell.</summary>
public sealed class FlowNameStatsSlowestTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Keeps_the_slowest_flows_slowest_first_with_ties_in_arrival_order(int kept)
    {
        var stats = new FlowNameStats("f", RunDigestOptions.Default with { SlowestPerFlow = kept });
        var offered = new List<FlowSighting>();
        var random = new Random(7);

        for (var i = 0; i < 300; i++)
        {
            // Few distinct durations, so ties are common.
            var flow = new FlowSighting { Name = "f", StartOrder = i, DurationMs = random.Next(0, 12) };
            var expectedKept = offered.Count < kept || flow.DurationMs > Expected(offered, kept).Last().DurationMs;
            Assert.Equal(expectedKept, stats.IsAmongSlowest(flow.DurationMs!.Value));
            stats.OfferSlow(flow);
            offered.Add(flow);

            Assert.Equal(Expected(offered, kept).Select(f => f.StartOrder), stats.Slowest.Select(f => f.StartOrder));
        }
    }

    [Fact]
    public void Keeps_nothing_when_no_slowest_flows_are_wanted()
    {
        var stats = new FlowNameStats("f", RunDigestOptions.Default with { SlowestPerFlow = 0 });

        Assert.False(stats.IsAmongSlowest(5));
        stats.OfferSlow(new FlowSighting { Name = "f", DurationMs = 5 });
        Assert.Empty(stats.Slowest);
    }

    // Stable: OrderByDescending keeps arrival order among equal durations.
    private static List<FlowSighting> Expected(List<FlowSighting> offered, int kept) =>
        offered.OrderByDescending(f => f.DurationMs).Take(kept).ToList();
}
