using System;
using System.Collections.Generic;
using System.Linq;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Flows by span id: the open ones (bounded by <see cref="RunDigestOptions.MaxOpenFlows"/>) and the
/// most recently ended ones (a FIFO window), so a <c>parent_id</c> can be turned into a name.
/// </summary>
internal sealed class FlowIdIndex
{
    private readonly Dictionary<string, FlowSighting> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FlowSighting> _ended = new(StringComparer.Ordinal);
    private readonly Queue<string> _endedOrder = new();
    private readonly int _maxOpen;
    private readonly int _maxEnded;

    public FlowIdIndex(int maxOpen, int maxEnded)
    {
        _maxOpen = maxOpen;
        _maxEnded = maxEnded;
    }

    public int OpenCount => _open.Count;

    /// <summary>The open flows in start order.</summary>
    public IReadOnlyList<FlowSighting> OpenFlows => _open.Values.OrderBy(f => f.StartOrder).ToList();

    /// <summary>Tracks a started flow; <see langword="false"/> when the id is missing or the index is full.</summary>
    public bool TryOpen(FlowSighting flow)
    {
        if (flow.FlowId is null || _open.Count >= _maxOpen)
        {
            return false;
        }

        _open[flow.FlowId] = flow;
        return true;
    }

    /// <summary>Stops tracking an open flow and remembers it as ended; <see langword="null"/> when it was not open.</summary>
    public FlowSighting? Close(string? flowId)
    {
        if (flowId is null || !_open.TryGetValue(flowId, out var flow))
        {
            return null;
        }

        _open.Remove(flowId);
        if (_maxEnded > 0)
        {
            if (_endedOrder.Count >= _maxEnded)
            {
                _ended.Remove(_endedOrder.Dequeue());
            }

            _ended[flowId] = flow;
            _endedOrder.Enqueue(flowId);
        }

        return flow;
    }

    /// <summary>An open or recently ended flow by span id.</summary>
    public FlowSighting? Find(string? flowId)
    {
        if (flowId is null)
        {
            return null;
        }

        return _open.TryGetValue(flowId, out var open) ? open
            : _ended.TryGetValue(flowId, out var ended) ? ended
            : null;
    }
}
