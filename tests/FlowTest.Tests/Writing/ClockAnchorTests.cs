using System;
using System.Diagnostics;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class ClockAnchorTests
{
    private static readonly long Start = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [Fact]
    public void Maps_a_timestamp_to_the_utc_time_it_was_read()
    {
        var anchor = new ClockAnchor(() => Start, () => 1_000);

        var halfASecondLater = anchor.ToUtcTicks(1_000 + (Stopwatch.Frequency / 2));

        Assert.Equal(Start + (TimeSpan.TicksPerSecond / 2), halfASecondLater);
    }

    [Fact]
    public void Maps_timestamps_read_before_the_anchor_to_earlier_times()
    {
        var anchor = new ClockAnchor(() => Start, () => Stopwatch.Frequency * 10);

        Assert.Equal(Start - TimeSpan.TicksPerSecond, anchor.ToUtcTicks(Stopwatch.Frequency * 9));
    }

    [Fact]
    public void Picks_up_a_wall_clock_adjustment_once_the_anchor_is_old()
    {
        var utc = Start;
        long timestamp = 0;
        var anchor = new ClockAnchor(() => utc, () => timestamp);

        // Six seconds pass on the monotonic clock while the wall clock is set forward by an hour.
        timestamp = Stopwatch.Frequency * 6;
        utc = Start + TimeSpan.FromSeconds(6).Ticks + TimeSpan.FromHours(1).Ticks;

        Assert.Equal(utc, anchor.ToUtcTicks(timestamp));
    }

    [Fact]
    public void Keeps_the_anchor_while_it_is_fresh()
    {
        var utc = Start;
        long timestamp = 0;
        var anchor = new ClockAnchor(() => utc, () => timestamp);

        timestamp = Stopwatch.Frequency;
        utc = Start + TimeSpan.FromHours(1).Ticks;

        Assert.Equal(Start + TimeSpan.TicksPerSecond, anchor.ToUtcTicks(timestamp));
    }
}
