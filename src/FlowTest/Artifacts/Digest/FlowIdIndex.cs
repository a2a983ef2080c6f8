using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Flows by span id: the open ones (bounded by <see cref="RunDigestOptions.MaxOpenFlows"/>) and the
/// most recently ended ones (a FIFO window), so a <c>parent_id</c> can be turned into a name.
/// </summary>
internal sealed class FlowIdIndex
{
    private readonly Dictionary<SpanId, FlowSighting> _open = new();
    private readonly Dictionary<SpanId, FlowSighting> _ended = new();
    private readonly Queue<SpanId> _endedOrder = new();
    private readonly int _maxOpen;
    private readonly int _maxEnded;

    public FlowIdIndex(int maxOpen, int maxEnded)
    {
        _maxOpen = maxOpen;
        _maxEnded = maxEnded;
    }

    public int OpenCount => _open.Count;

    /// <summary>Ended flows still known by id (at most the window size).</summary>
    public int EndedCount => _ended.Count;

    /// <summary>The open flows in start order.</summary>
    public IReadOnlyList<FlowSighting> OpenFlows
    {
        get
        {
            // Start orders are unique: List.Sort gives the stable order without LINQ keyed by a long.
            var open = new List<FlowSighting>(_open.Values);
            open.Sort((x, y) => x.StartOrder.CompareTo(y.StartOrder));
            return open;
        }
    }

    /// <summary>Tracks a started flow; <see langword="false"/> when the id is missing or the index is full.</summary>
    public bool TryOpen(FlowSighting flow)
    {
        if (flow.Id is not { } id || _open.Count >= _maxOpen)
        {
            return false;
        }

        _open[id] = flow;
        return true;
    }

    /// <summary>Stops tracking an open flow and remembers it as ended; <see langword="null"/> when it was not open.</summary>
    public FlowSighting? Close(SpanId? flowId)
    {
        if (flowId is not { } id || !_open.TryGetValue(id, out var flow))
        {
            return null;
        }

        _open.Remove(id);
        if (_maxEnded > 0)
        {
            if (_endedOrder.Count >= _maxEnded)
            {
                _ended.Remove(_endedOrder.Dequeue());
            }

            _ended[id] = flow;
            _endedOrder.Enqueue(id);
        }

        return flow;
    }

    /// <summary>An open or recently ended flow by span id.</summary>
    public FlowSighting? Find(SpanId? flowId)
    {
        if (flowId is not { } id)
        {
            return null;
        }

        return _open.TryGetValue(id, out var open) ? open
            : _ended.TryGetValue(id, out var ended) ? ended
            : null;
    }
}
