using System;
using System.Collections.Generic;
using System.Linq;
using FlowTest.Artifacts.Digest;
using FlowTest.Cli.Runs;

namespace FlowTest.Cli.Diff;

/// <summary>One run reduced to its flow names: how many, failing or not, median duration.</summary>
internal sealed class RunProfile
{
    public RunProfile(string runId, IEnumerable<FlowProfile> flows)
    {
        RunId = runId;
        Flows = flows.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public string RunId { get; }

    public IReadOnlyDictionary<string, FlowProfile> Flows { get; }

    public static RunProfile From(string runId, RunDigest digest) => new(runId, digest.Flows.Select(f => new FlowProfile(
        f.Name,
        f.Started,
        FlowVerdicts.IsFailing(f.WorstVerdict),
        f.Durations.Percentile(50),
        f.FirstFailure is { } failure ? failure.Title + ": " + (failure.IsException ? failure.Exception?.Message : failure.Reason) + (failure.Location is { } at ? " (" + at + ")" : "") : null)));
}
