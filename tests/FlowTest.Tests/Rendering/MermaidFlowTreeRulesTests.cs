using System.Globalization;
using System.Linq;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using static FlowTest.Tests.Rendering.TestEvents;

namespace FlowTest.Tests.Rendering;

public sealed class MermaidFlowTreeRulesTests
{
    [Fact]
    public void Labels_are_escaped_and_ids_are_positional()
    {
        var digest = new RunDigest();
        digest.Add(Started("say \"hi\" <b>#1</b> `x`", "0000000000000001"));

        var diagram = MermaidFlowTree.Render(digest);

        Assert.Contains("f0[\"say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #96;x#96;<br/>1× · 1 never ended\"]", diagram, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_tree_is_capped_and_keeps_the_failing_branch()
    {
        var digest = new RunDigest();
        digest.Add(Started("root", "0000000000000001"));
        for (var i = 0; i < 60; i++)
        {
            var id = (i + 2).ToString("x16", CultureInfo.InvariantCulture);
            var name = "child/" + i.ToString("00", CultureInfo.InvariantCulture);
            digest.Add(Started(name, id, parentId: "0000000000000001"));
            digest.Add(Ended(name, id, i == 59 ? FlowVerdict.Failure : FlowVerdict.Success, 1));
        }

        var diagram = MermaidFlowTree.Render(digest, maxNodes: 10);

        Assert.Equal(10, diagram.Split('\n').Count(l => l.Contains("[\"", System.StringComparison.Ordinal)));
        Assert.Contains("child/59", diagram, System.StringComparison.Ordinal);
        Assert.Contains("f0[\"root", diagram, System.StringComparison.Ordinal);
        Assert.Contains("%% 51 more flow names not drawn", diagram, System.StringComparison.Ordinal);
        Assert.Equal(51, MermaidFlowTree.HiddenCount(digest, 10));
    }

    [Fact]
    public void Recursion_draws_a_loop_instead_of_hanging()
    {
        var digest = new RunDigest();
        digest.Add(Started("walk", "0000000000000001"));
        digest.Add(Started("walk", "0000000000000002", parentId: "0000000000000001"));

        Assert.Contains("f0 --> f0", MermaidFlowTree.Render(digest), System.StringComparison.Ordinal);
        Assert.Contains("walk  (recursive)", FlowSketch.Render(digest, 10), System.StringComparison.Ordinal);
    }
}
