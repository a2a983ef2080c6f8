using System.Linq;
using FlowTest.Cli.Diff;

namespace FlowTest.Cli.Tests.Diff;

public sealed class RunComparisonTests
{
    private static readonly RunProfile Before = new("a", new[]
    {
        new FlowProfile("checkout", 10, Failing: false, P50Ms: 100, null),
        new FlowProfile("login", 10, Failing: true, P50Ms: 10, "AUTH: denied"),
        new FlowProfile("search", 10, Failing: true, P50Ms: 50, "DATA.EMPTY: none"),
        new FlowProfile("export", 1, Failing: false, P50Ms: 200, null),
        new FlowProfile("legacy", 1, Failing: false, P50Ms: 5, null),
    });

    private static readonly RunProfile After = new("b", new[]
    {
        new FlowProfile("checkout", 10, Failing: true, P50Ms: 100.5, "PAYMENT: declined"),
        new FlowProfile("login", 10, Failing: false, P50Ms: 30, null),
        new FlowProfile("search", 10, Failing: true, P50Ms: 50, "DATA.EMPTY: none"),
        new FlowProfile("export", 1, Failing: false, P50Ms: 100, null),
        new FlowProfile("refunds", 2, Failing: true, P50Ms: 1, "X: y"),
    });

    [Fact]
    public void Sorts_flows_into_new_failures_fixed_and_still_failing()
    {
        var diff = RunComparison.Compare(Before, After, thresholdPercent: 20, minimumDeltaMs: 1);

        Assert.Equal(new[] { "checkout", "refunds" }, diff.NewFailures.Select(f => f.Name));
        Assert.Equal(new[] { "login" }, diff.Fixed.Select(f => f.Name));
        Assert.Equal(new[] { "search" }, diff.StillFailing.Select(f => f.Name));
    }

    [Fact]
    public void Reports_slower_and_faster_only_beyond_the_threshold_and_the_absolute_floor()
    {
        var diff = RunComparison.Compare(Before, After, thresholdPercent: 20, minimumDeltaMs: 1);

        Assert.Equal(new[] { "login" }, diff.Slower.Select(p => p.After.Name));
        Assert.Equal(new[] { "export" }, diff.Faster.Select(p => p.After.Name));

        var strict = RunComparison.Compare(Before, After, thresholdPercent: 20, minimumDeltaMs: 50);
        Assert.Empty(strict.Slower);
        Assert.Equal(new[] { "export" }, strict.Faster.Select(p => p.After.Name));
    }

    [Fact]
    public void Lists_added_and_removed_flow_names()
    {
        var diff = RunComparison.Compare(Before, After, thresholdPercent: 20, minimumDeltaMs: 1);

        Assert.Equal(new[] { "refunds" }, diff.Added.Select(f => f.Name));
        Assert.Equal(new[] { "legacy" }, diff.Removed.Select(f => f.Name));
    }
}
