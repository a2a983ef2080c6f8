using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FlowTest.Artifacts.Digest;
using static FlowTest.Tests.Rendering.TestEvents;

namespace FlowTest.Tests.Digest;

/// <summary>The orders the digest lists things in (names case-insensitively, ties broken ordinally, then by start).</summary>
public sealed class RunDigestOrderTests
{
    [Fact]
    public void Flow_rows_are_by_name_case_insensitively_with_the_overflow_row_last()
    {
        var digest = new RunDigest(new RunDigestOptions { MaxFlowNames = 3 });
        var names = new[] { "b", "B", "a", "late-1", "late-2" };
        for (var i = 0; i < names.Length; i++)
        {
            digest.Add(Started(names[i], Id(i)));
        }

        Assert.Equal(new[] { "a", "B", "b" }, digest.Flows.Take(3).Select(f => f.Name));
        Assert.True(digest.Flows[3].IsOverflow);
        Assert.Equal(4, digest.Flows.Count);
    }

    [Fact]
    public void Outliers_are_slowest_first_then_by_name_then_by_start_and_capped()
    {
        var digest = new RunDigest();
        var flows = new (string Name, double Ms)[] { ("c", 5000), ("b", 5000), ("A", 5000), ("b", 5000), ("z", 6000), ("quick", 1) };
        for (var i = 0; i < flows.Length; i++)
        {
            digest.Add(Started(flows[i].Name, Id(i)));
            digest.Add(Ended(flows[i].Name, Id(i), FlowVerdict.Success, flows[i].Ms));
        }

        var outliers = LatencyOutliers.Find(digest, _ => 4000, largestBucketMs: null, max: 4);

        Assert.Equal(new[] { "z", "A", "b", "b" }, outliers.Select(o => o.Flow.Name));
        Assert.True(outliers[2].Flow.StartOrder < outliers[3].Flow.StartOrder);
    }

    [Fact]
    public void Metrics_are_by_flow_name_then_metric_name_ordinally()
    {
        var digest = new RunDigest();
        digest.Add(Metric("b", Id(1), "z", "{\"value\":1,\"unit\":\"ms\"}"));
        digest.Add(Metric("a", Id(2), "b", "{\"value\":1,\"unit\":\"ms\"}"));
        digest.Add(Metric("b", Id(3), "B", "{\"value\":1,\"unit\":\"ms\"}"));
        digest.Add(Metric("a", Id(4), "a", "{\"value\":1,\"unit\":\"ms\"}"));

        Assert.Equal(new[] { ("a", "a"), ("a", "b"), ("b", "B"), ("b", "z") }, digest.Metrics.Select(m => (m.Flow, m.Metric)));
    }

    [Fact]
    public void Open_flows_are_in_start_order()
    {
        var digest = new RunDigest();
        foreach (var (name, i) in new[] { ("zeta", 5), ("alpha", 3), ("mid", 9) })
        {
            digest.Add(Started(name, Id(i)));
        }

        Assert.Equal(new[] { "zeta", "alpha", "mid" }, digest.OpenFlows.Select(f => f.Name));
    }

    [Fact]
    public void The_tree_lists_roots_and_links_by_name()
    {
        var digest = new RunDigest();
        digest.Add(Started("b-root", Id(1)));
        digest.Add(Started("A-root", Id(2)));
        digest.Add(Started("z-child", Id(3), parentId: Id(1)));
        digest.Add(Started("a-child", Id(4), parentId: Id(1)));
        digest.Add(Started("a-child", Id(5), parentId: Id(1)));
        digest.Add(Started("m-child", Id(6), parentId: Id(2)));

        Assert.Equal(new[] { new KeyValuePair<string, long>("A-root", 1), new KeyValuePair<string, long>("b-root", 1) }, digest.Tree.Roots);
        Assert.Equal(
            new[] { new FlowNameEdge("A-root", "m-child", 1), new FlowNameEdge("b-root", "a-child", 2), new FlowNameEdge("b-root", "z-child", 1) },
            digest.Tree.Edges);
        Assert.Equal(new[] { "a-child", "z-child" }, digest.Tree.ChildrenOf("b-root").Select(c => c.Key));
    }

    [Fact]
    public void Failure_classes_are_by_class_name_ordinally_with_counts()
    {
        var digest = new RunDigest();
        digest.Add(Started("f", Id(1)));
        foreach (var failureClass in new[] { "DATA.EMPTY", "API", "DATA.EMPTY", "api" })
        {
            digest.Add(Failure("f", Id(1), failureClass, "why"));
        }

        Assert.Equal(
            new[] { new KeyValuePair<string, long>("API", 1), new KeyValuePair<string, long>("DATA.EMPTY", 2), new KeyValuePair<string, long>("api", 1) },
            digest.Flows.Single().FailureClasses);
    }

    private static string Id(int i) => (i + 1).ToString("x16", CultureInfo.InvariantCulture);
}
