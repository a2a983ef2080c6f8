using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The flow tree folded by name: which flow names start inside which, from <c>parent_id</c> links.
/// A name can be a root and a child at once, and recursion shows as a name under itself.
/// </summary>
internal sealed class FlowNameTree
{
    private readonly Dictionary<string, long> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> _children = new(StringComparer.Ordinal);

    /// <summary>Names started without a known parent, with how often, ordered by name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Roots =>
        _roots.OrderBy(r => r.Key, FlowNameComparer.Instance).ToList();

    /// <summary>Every parent → child name link, ordered by parent then child name.</summary>
    public IReadOnlyList<FlowNameEdge> Edges =>
        _children.OrderBy(p => p.Key, FlowNameComparer.Instance)
            .SelectMany(p => p.Value.OrderBy(c => c.Key, FlowNameComparer.Instance).Select(c => new FlowNameEdge(p.Key, c.Key, c.Value)))
            .ToList();

    /// <summary>The child names of <paramref name="parent"/> with counts, ordered by name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ChildrenOf(string parent) =>
        _children.TryGetValue(parent, out var children)
            ? children.OrderBy(c => c.Key, FlowNameComparer.Instance).ToList()
            : new List<KeyValuePair<string, long>>();

    internal void AddRoot(string name)
    {
        _roots.TryGetValue(name, out var count);
        _roots[name] = count + 1;
    }

    internal void AddChild(string parent, string child)
    {
        if (!_children.TryGetValue(parent, out var children))
        {
            children = new Dictionary<string, long>(StringComparer.Ordinal);
            _children[parent] = children;
        }

        children.TryGetValue(child, out var count);
        children[child] = count + 1;
    }
}
