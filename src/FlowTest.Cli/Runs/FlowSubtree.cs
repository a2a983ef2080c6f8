using System;
using System.Collections.Generic;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Cli.Runs;

/// <summary>
/// Second pass of <c>flowtest show</c>: the events of one flow instance and of every flow started
/// under it, in trace order, capped at <see cref="MaxEvents"/> so a huge subtree stays printable.
/// </summary>
internal sealed class FlowSubtree
{
    public const int MaxEvents = 5000;

    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TraceRecord>> _eventsByFlow = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);

    public FlowSubtree(string rootFlowId)
    {
        RootFlowId = rootFlowId;
        _members.Add(rootFlowId);
    }

    public string RootFlowId { get; }

    public long Omitted { get; private set; }

    public void Add(TraceRecord record)
    {
        if (record.FlowId is not { } id)
        {
            return;
        }

        if (record.Kind == EventKind.FlowStarted && record.ParentId is { } parent && _members.Contains(parent) && _members.Add(id))
        {
            Children(parent).Add(id);
        }

        if (!_members.Contains(id))
        {
            return;
        }

        if (Count >= MaxEvents)
        {
            Omitted++;
            return;
        }

        Count++;
        if (!_eventsByFlow.TryGetValue(id, out var events))
        {
            events = new List<TraceRecord>();
            _eventsByFlow[id] = events;
        }

        events.Add(record);
    }

    public int Count { get; private set; }

    /// <summary>The events recorded in <paramref name="flowId"/> itself, in order.</summary>
    public IReadOnlyList<TraceRecord> EventsOf(string flowId) =>
        _eventsByFlow.TryGetValue(flowId, out var events) ? events : Array.Empty<TraceRecord>();

    /// <summary>Flows started directly under <paramref name="flowId"/>, in start order.</summary>
    public IReadOnlyList<string> ChildrenOf(string flowId) =>
        _children.TryGetValue(flowId, out var children) ? children : Array.Empty<string>();

    private List<string> Children(string parent)
    {
        if (!_children.TryGetValue(parent, out var list))
        {
            list = new List<string>();
            _children[parent] = list;
        }

        return list;
    }
}
