using System;
using System.Collections.Generic;

namespace FlowTest.Cli.Export;

/// <summary>One flow instance from start to end, as exporters draw it.</summary>
internal sealed record FlowSpan
{
    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>(0);

    public string Name { get; init; } = "";

    public string? FlowId { get; init; }

    public string? ParentId { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    /// <summary>The writer's <c>duration_ms</c>; <see langword="null"/> for flows that never ended.</summary>
    public double? DurationMs { get; init; }

    public FlowVerdict Verdict { get; init; } = FlowVerdict.Incomplete;

    /// <summary>The synthetic lane (one per root flow, e.g. one per test) this flow is drawn in.</summary>
    public int Lane { get; init; }

    /// <summary><c>file:line</c> where the flow started.</summary>
    public string? File { get; init; }

    public int? Line { get; init; }

    /// <summary>The first failure or exception recorded in the flow, if any.</summary>
    public FailureNote? Failure { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoTags;

    public bool IsRoot { get; init; }

    /// <summary>Duration to draw: the writer's when known, else from the timestamps.</summary>
    public double EffectiveDurationMs => DurationMs ?? Math.Max(0, (End - Start).TotalMilliseconds);
}
