using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The flow tree folded by name: which flow names start inside which, from <c>parent_id</c> links.
/// A name can be a root and a child at once, and recursion shows as a name under itself.
/// At most <c>maxLinks</c> distinct parent → child links are kept; later new ones are only counted.
/// </summary>
internal sealed class FlowNameTree
{
    // Keyed by the digest's one FlowNameStats per name: reference lookups, no string hashing per event.
    private readonly List<FlowNameStats> _roots = new();
    private readonly Dictionary<FlowNameStats, Dictionary<FlowNameStats, long>> _children = new();
    private readonly Dictionary<string, Dictionary<FlowNameStats, long>> _childrenByName = new(System.StringComparer.Ordinal);
    private readonly int _maxLinks;

    // Renderers ask for the same sorted views many times over a finished digest: sorted once per change.
    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<string, long>>> _sortedChildren = new(System.StringComparer.Ordinal);
    private int _version;
    private int _sortedVersion = -1;
    private IReadOnlyList<KeyValuePair<string, long>>? _sortedRoots;
    private IReadOnlyList<FlowNameEdge>? _sortedEdges;

    public FlowNameTree(int maxLinks = int.MaxValue)
    {
        _maxLinks = maxLinks;
    }

    // The sorted views below are built with loops and List.Sort over references: LINQ over the
    // (name, count) pairs would be generic code over value types, compiled at run time when the last
    // test host renders. Names are unique, so every order is total (as a stable sort's would be).

    /// <summary>Names started without a known parent, with how often, ordered by name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Roots => Sorted(ref _sortedRoots, () =>
    {
        var roots = new List<FlowNameStats>(_roots);
        roots.Sort(CompareNames);
        var counted = new List<KeyValuePair<string, long>>(roots.Count);
        foreach (var root in roots)
        {
            counted.Add(new KeyValuePair<string, long>(root.Name, root.RootStarts));
        }

        return counted;
    });

    /// <summary>Every parent → child name link, ordered by parent then child name.</summary>
    public IReadOnlyList<FlowNameEdge> Edges => Sorted(ref _sortedEdges, () =>
    {
        var parents = new List<string>(_childrenByName.Keys);
        parents.Sort(FlowNameComparer.Instance);
        var edges = new List<FlowNameEdge>();
        foreach (var parent in parents)
        {
            var children = _childrenByName[parent];
            foreach (var child in SortedNames(children))
            {
                edges.Add(new FlowNameEdge(parent, child.Name, children[child]));
            }
        }

        return edges;
    });

    /// <summary>Distinct parent → child links kept.</summary>
    public int LinkCount { get; private set; }

    /// <summary>Child starts whose (new) link was not kept because <c>maxLinks</c> links existed already.</summary>
    public long UntrackedLinkStarts { get; private set; }

    /// <summary>The child names of <paramref name="parent"/> with counts, ordered by name.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ChildrenOf(string parent)
    {
        if (!_childrenByName.TryGetValue(parent, out var children))
        {
            return new List<KeyValuePair<string, long>>();
        }

        Invalidate();
        if (!_sortedChildren.TryGetValue(parent, out var sorted))
        {
            var counted = new List<KeyValuePair<string, long>>(children.Count);
            foreach (var child in SortedNames(children))
            {
                counted.Add(new KeyValuePair<string, long>(child.Name, children[child]));
            }

            sorted = counted;
            _sortedChildren[parent] = sorted;
        }

        return sorted;
    }

    internal void AddRoot(FlowNameStats name)
    {
        _version++;
        if (name.RootStarts++ == 0)
        {
            _roots.Add(name);
        }
    }

    internal void AddChild(FlowNameStats parent, FlowNameStats child)
    {
        _version++;
        if (!_children.TryGetValue(parent, out var children))
        {
            if (LinkCount >= _maxLinks)
            {
                UntrackedLinkStarts++;
                return;
            }

            children = new Dictionary<FlowNameStats, long>();
            _children[parent] = children;
            _childrenByName[parent.Name] = children;
        }

        if (children.TryGetValue(child, out var count))
        {
            children[child] = count + 1;
        }
        else if (LinkCount < _maxLinks)
        {
            LinkCount++;
            children[child] = 1;
        }
        else
        {
            UntrackedLinkStarts++;
        }
    }

    private static int CompareNames(FlowNameStats x, FlowNameStats y) => FlowNameComparer.Instance.Compare(x.Name, y.Name);

    private static List<FlowNameStats> SortedNames(Dictionary<FlowNameStats, long> children)
    {
        var names = new List<FlowNameStats>(children.Keys);
        names.Sort(CompareNames);
        return names;
    }

    private IReadOnlyList<T> Sorted<T>(ref IReadOnlyList<T>? cached, System.Func<List<T>> sort)
    {
        Invalidate();
        return cached ??= sort();
    }

    /// <summary>Drops the sorted views when a start changed the tree since they were made.</summary>
    private void Invalidate()
    {
        if (_sortedVersion == _version)
        {
            return;
        }

        _sortedVersion = _version;
        _sortedRoots = null;
        _sortedEdges = null;
        _sortedChildren.Clear();
    }
}
