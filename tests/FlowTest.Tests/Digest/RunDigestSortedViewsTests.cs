using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Reading;

namespace FlowTest.Tests.Digest;

/// <summary>The digest sorts its name and tree views once, but never hands out a stale one.</summary>
public sealed class RunDigestSortedViewsTests
{
    [Fact]
    public void Views_read_before_more_events_show_those_events_when_read_again()
    {
        var digest = new RunDigest();
        digest.Add(Start("a/root", "00000000000000a1", null));
        digest.Add(Start("b/child", "00000000000000b1", "00000000000000a1"));
        digest.Add(Start("b/child", "00000000000000b2", "00000000000000a1"));
        var flowsBefore = digest.Flows.Select(f => f.Name).ToList();
        var edgesBefore = digest.Tree.Edges.Select(e => e.Child + "=" + e.Count).ToList();
        var childrenBefore = digest.Tree.ChildrenOf("a/root").Single().Value;

        digest.Add(Start("a/root", "00000000000000a2", null));
        digest.Add(Start("b/child", "00000000000000b3", "00000000000000a2"));
        digest.Add(Start("c/leaf", "00000000000000c1", "00000000000000b3"));

        Assert.Equal(new[] { "a/root", "b/child" }, flowsBefore);
        Assert.Equal(new[] { "a/root", "b/child", "c/leaf" }, digest.Flows.Select(f => f.Name));
        Assert.Same(digest.Flows, digest.Flows);
        Assert.Equal(new[] { "b/child=2" }, edgesBefore);
        Assert.Equal(new[] { "b/child=3", "c/leaf=1" }, digest.Tree.Edges.Select(e => e.Child + "=" + e.Count));
        Assert.Equal(2, childrenBefore);
        Assert.Equal(3, digest.Tree.ChildrenOf("a/root").Single().Value);
        Assert.Equal("c/leaf", Assert.Single(digest.Tree.ChildrenOf("b/child")).Key);
        Assert.Equal(2, digest.Tree.Roots.Single(r => r.Key == "a/root").Value);
    }

    private static TraceRecord Start(string flow, string flowId, string? parentId)
    {
        var line = "{\"run_id\":\"r\",\"event\":\"flow.started\",\"flow\":\"" + flow + "\",\"flow_id\":\"" + flowId
            + "\",\"parent_id\":" + (parentId is null ? "null" : "\"" + parentId + "\"") + "}";
        Assert.True(TraceLineParser.TryParse(Encoding.UTF8.GetBytes(line), out var record));
        return record;
    }
}
