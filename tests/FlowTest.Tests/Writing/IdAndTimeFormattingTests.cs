using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FlowTest.Writing;

namespace FlowTest.Tests.Writing;

public sealed class IdAndTimeFormattingTests
{
    [Fact]
    public void Event_ids_are_26_char_ulids_that_sort_in_creation_order_and_never_repeat()
    {
        var generator = new EventIdGenerator();
        var ticks = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc).Ticks;
        var ids = Enumerable.Range(0, 5_000).Select(i =>
        {
            var buffer = new byte[EventIdGenerator.Length];
            // Many ids share a millisecond; some go back in time (clock adjustments).
            generator.Next(ticks + (i / 100 * TimeSpan.TicksPerMillisecond) - (i % 7 == 0 ? TimeSpan.TicksPerMillisecond : 0), buffer);
            return Encoding.ASCII.GetString(buffer);
        }).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, ids.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Ulid_time_part_encodes_unix_milliseconds()
    {
        var generator = new EventIdGenerator();
        var buffer = new byte[EventIdGenerator.Length];
        generator.Next(new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc).Ticks, buffer);
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        long ms = 0;
        foreach (var c in Encoding.ASCII.GetString(buffer, 0, 10))
        {
            ms = (ms * 32) + alphabet.IndexOf(c);
        }

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), ms);
    }

    [Fact]
    public void Timestamps_are_iso_8601_utc_with_microseconds()
    {
        var time = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567);
        var text = TimestampFormatter.Format(time.Ticks);
        Assert.Equal("2026-01-02T03:04:05.123456Z", text);
        Assert.Equal(time.AddTicks(-7), DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
    }
}
