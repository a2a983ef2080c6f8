using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <summary>A stable order of a run's flow names for drawing, and which ones to keep under a cap.</summary>
internal static class FlowTreeOrder
{
    /// <summary>Breadth-first from the roots (by name), children by name; names not reached come last, by name.</summary>
    public static IReadOnlyList<string> BreadthFirst(RunDigest digest)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var root in digest.Tree.Roots)
        {
            if (seen.Add(root.Key))
            {
                queue.Enqueue(root.Key);
            }
        }

        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            order.Add(name);
            foreach (var child in digest.Tree.ChildrenOf(name))
            {
                if (seen.Add(child.Key))
                {
                    queue.Enqueue(child.Key);
                }
            }
        }

        // Names seen only in failures or ends (their start was in a lost part of the trace).
        order.AddRange(digest.Flows.Select(f => f.Name).Where(seen.Add));
        return order;
    }

    /// <summary>
    /// At most <paramref name="max"/> names in breadth-first order: flows that went wrong and their
    /// ancestors first, so a capped drawing still shows where the failures are.
    /// </summary>
    public static IReadOnlyList<string> Select(RunDigest digest, int max)
    {
        var order = BreadthFirst(digest);
        if (order.Count <= max)
        {
            return order;
        }

        var parents = ParentsByChild(digest);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            if (wanted.Count < max && IsProblem(digest.FindFlow(name)))
            {
                AddWithAncestors(name, parents, wanted, max);
            }
        }

        foreach (var name in order)
        {
            if (wanted.Count >= max)
            {
                break;
            }

            wanted.Add(name);
        }

        return order.Where(wanted.Contains).ToList();
    }

    private static bool IsProblem(FlowNameStats? flow) =>
        flow?.WorstVerdict is FlowVerdict.Failure or FlowVerdict.Exception or FlowVerdict.Incomplete;

    private static void AddWithAncestors(string name, Dictionary<string, List<string>> parents, HashSet<string> wanted, int max)
    {
        var pending = new Stack<string>();
        pending.Push(name);
        while (pending.Count > 0 && wanted.Count < max)
        {
            var next = pending.Pop();
            if (!wanted.Add(next) || !parents.TryGetValue(next, out var ofNext))
            {
                continue;
            }

            foreach (var parent in ofNext)
            {
                pending.Push(parent);
            }
        }
    }

    private static Dictionary<string, List<string>> ParentsByChild(RunDigest digest)
    {
        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in digest.Tree.Edges)
        {
            if (!parents.TryGetValue(edge.Child, out var list))
            {
                list = new List<string>();
                parents[edge.Child] = list;
            }

            list.Add(edge.Parent);
        }

        return parents;
    }
}
