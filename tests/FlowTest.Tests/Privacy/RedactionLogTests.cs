using FlowTest.Privacy;

namespace FlowTest.Tests.Privacy;

public sealed class RedactionLogTests
{
    [Fact]
    public void Paths_are_kept_once_in_first_seen_order()
    {
        var log = new RedactionLog();

        log.Add("payload.b");
        log.Add("payload.a");
        log.Add("payload.b");

        Assert.Equal(new[] { "payload.b", "payload.a" }, log.Paths);
    }

    [Fact]
    public void Paths_beyond_the_capacity_are_dropped_and_flagged()
    {
        var log = new RedactionLog(capacity: 2);

        log.Add("a");
        log.Add("b");
        log.Add("c");

        Assert.Equal(new[] { "a", "b" }, log.Paths);
        Assert.True(log.Overflowed);
    }

    [Fact]
    public void Clear_makes_the_log_reusable()
    {
        var log = new RedactionLog(capacity: 1);
        log.Add("a");
        log.Add("b");
        log.MarkTruncated();

        log.Clear();

        Assert.True(log.IsEmpty);
        Assert.False(log.Overflowed);
        Assert.False(log.Truncated);
    }
}
