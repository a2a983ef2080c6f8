using System;
using System.Collections.Generic;
using System.Text;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// The flow tree by names as indented text for ask.md: cheaper to read than a diagram for a
/// language model, and it survives any viewer. A name under several parents is expanded once.
/// </summary>
internal static class FlowSketch
{
    public static string Render(RunDigest digest, int maxLines)
    {
        var lines = new List<string>();
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        // Breadth-first order lists every root before any other name, so walking the names not yet
        // expanded starts at the roots and then picks up names whose start was never read.
        foreach (var name in FlowTreeOrder.BreadthFirst(digest))
        {
            if (!expanded.Contains(name))
            {
                Walk(digest, name, RootCount(digest, name), "", "", lines, expanded, onPath);
            }
        }

        if (lines.Count == 0)
        {
            return "(no flows recorded)\n";
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count && i < maxLines; i++)
        {
            text.Append(lines[i]).Append('\n');
        }

        if (lines.Count > maxLines)
        {
            text.Append("… ").Append(DisplayFormat.Count(lines.Count - maxLines)).Append(" more lines\n");
        }

        return text.ToString();
    }

    private static long? RootCount(RunDigest digest, string name)
    {
        foreach (var root in digest.Tree.Roots)
        {
            if (string.Equals(root.Key, name, StringComparison.Ordinal))
            {
                return root.Value;
            }
        }

        return null;
    }

    private static void Walk(
        RunDigest digest,
        string name,
        long? startedHere,
        string lead,
        string childLead,
        List<string> lines,
        HashSet<string> expanded,
        HashSet<string> onPath)
    {
        var stats = digest.FindFlow(name);
        var describe = stats is null ? ""
            : "  " + FlowOutcomeText.Describe(stats, startedHere ?? stats.Started) + Marker(stats.WorstVerdict);
        if (onPath.Contains(name))
        {
            lines.Add(lead + name + "  (recursive)");
            return;
        }

        if (!expanded.Add(name))
        {
            lines.Add(lead + name + (startedHere is { } n ? "  " + DisplayFormat.Count(n) + "×" : "") + "  (see above)");
            return;
        }

        lines.Add(lead + name + describe);
        onPath.Add(name);
        var children = digest.Tree.ChildrenOf(name);
        for (var i = 0; i < children.Count; i++)
        {
            var last = i == children.Count - 1;
            var child = children[i];
            Walk(digest, child.Key, child.Value, childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "), lines, expanded, onPath);
        }

        onPath.Remove(name);
    }

    private static string Marker(FlowVerdict? worst) => worst switch
    {
        FlowVerdict.Exception => "  ← EXCEPTION",
        FlowVerdict.Failure => "  ← FAILED",
        FlowVerdict.Incomplete => "  ← INCOMPLETE",
        _ => "",
    };
}
