using System.Collections.Generic;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// Flows by span id: the open ones (bounded by <see cref="RunDigestOptions.MaxOpenFlows"/>) and the
/// most recently ended ones (a FIFO window), so a <c>parent_id</c> can be turned into a name.
/// </summary>
/// <remarks>
/// No BCL collection over <see cref="SpanId"/> here (see <see cref="SpanIdMap{TValue}"/>): test hosts digest
/// on the writer thread, where JIT-compiled generic code would cost more than the lookups. Flows are
/// held as structs in the maps' arrays, not as objects: in a test run every test is a flow, and the
/// window of recently ended ones outlives several collections.
/// </remarks>
internal sealed class FlowIdIndex
{
    private readonly SpanIdMap<OpenFlow> _open = new();
    private readonly SpanIdMap<FlowLink> _ended = new();
    private readonly int _maxOpen;
    private readonly int _maxEnded;
    private readonly BoundedRing<SpanId> _endedOrder; // an id ended twice is in it twice, as in a queue

    public FlowIdIndex(int maxOpen, int maxEnded)
    {
        _maxOpen = maxOpen;
        _maxEnded = maxEnded;
        _endedOrder = new BoundedRing<SpanId>(maxEnded);
    }

    public int OpenCount => _open.Count;

    /// <summary>Ended flows still known by id (at most the window size).</summary>
    public int EndedCount => _ended.Count;

    /// <summary>The open flows in start order.</summary>
    public IReadOnlyList<FlowSighting> OpenFlows
    {
        get
        {
            var open = new List<FlowSighting>(_open.Count);
            for (var slot = 0; slot < _open.Slots; slot++)
            {
                if (_open.TryGetAt(slot, out var id, out var flow))
                {
                    open.Add(flow.ToSighting(id));
                }
            }

            // Start orders are unique: List.Sort gives the stable order without LINQ keyed by a long.
            open.Sort((x, y) => x.StartOrder.CompareTo(y.StartOrder));
            return open;
        }
    }

    /// <summary>Tracks a started flow; <see langword="false"/> when the id is missing or the index is full.</summary>
    public bool TryOpen(SpanId? flowId, in OpenFlow flow)
    {
        if (flowId is not { } id || _open.Count >= _maxOpen)
        {
            return false;
        }

        _open.Set(id, flow);
        return true;
    }

    /// <summary>Stops tracking an open flow and remembers it as ended; <see langword="false"/> when it was not open.</summary>
    public bool TryClose(SpanId? flowId, out OpenFlow flow)
    {
        if (flowId is not { } id || !_open.TryGetValue(id, out flow))
        {
            flow = default;
            return false;
        }

        _open.Remove(id);
        if (_maxEnded > 0)
        {
            RememberEnded(id, flow.Link);
        }

        return true;
    }

    /// <summary>An open or recently ended flow by span id.</summary>
    public bool TryFind(SpanId? flowId, out FlowLink flow)
    {
        flow = default;
        if (flowId is not { } id)
        {
            return false;
        }

        if (_open.TryGetValue(id, out var open))
        {
            flow = open.Link;
            return true;
        }

        return _ended.TryGetValue(id, out flow);
    }

    private void RememberEnded(SpanId id, FlowLink flow)
    {
        // The oldest id leaves the window before the new one is set (they may be the same id).
        if (_endedOrder.Add(id, out var forgotten))
        {
            _ended.Remove(forgotten);
        }

        _ended.Set(id, flow);
    }
}
