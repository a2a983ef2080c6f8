using System;
using System.Collections.Generic;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Cli.Runs;

/// <summary>
/// First pass of <c>flowtest show</c>: which instance of a flow to show. A <c>flow_id</c> names one
/// directly; a flow name picks its first failing instance, else its first one. Remembers a bounded
/// set of flow names for "did you mean" when nothing matches.
/// </summary>
internal sealed class FlowInstancePicker
{
    private const int NamesKept = 10_000;

    private readonly string _wanted;
    private readonly HashSet<string> _instances = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public FlowInstancePicker(string wanted) => _wanted = wanted;

    public string? FirstInstance { get; private set; }

    public string? FirstFailingInstance { get; private set; }

    /// <summary>The flow id to show, or <see langword="null"/> when the run has no such flow.</summary>
    public string? Chosen => FirstFailingInstance ?? FirstInstance;

    public IReadOnlyCollection<string> Names => _names;

    public void Add(TraceRecord record)
    {
        if (record.Kind == EventKind.FlowStarted && record.FlowId is { } id)
        {
            if (record.Flow is { } name && _names.Count < NamesKept)
            {
                _names.Add(name);
            }

            if (string.Equals(id, _wanted, StringComparison.Ordinal) || string.Equals(record.Flow, _wanted, StringComparison.Ordinal))
            {
                FirstInstance ??= id;
                _instances.Add(id);
            }
        }
        else if (record.Kind == EventKind.FlowEnded && FirstFailingInstance is null && record.FlowId is { } ended
            && _instances.Contains(ended) && FlowVerdicts.IsFailing(record.Verdict))
        {
            FirstFailingInstance = ended;
        }
    }
}
