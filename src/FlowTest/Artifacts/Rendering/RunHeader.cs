using System;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// What the renderers say about a run besides its trace: mostly run.json (SPEC §7). Values are
/// passed in, never looked up, so rendering stays a pure function.
/// </summary>
internal sealed record RunHeader
{
    public const string StatusRunning = "running";
    public const string StatusPassed = "passed";
    public const string StatusFailed = "failed";
    public const string StatusCrashed = "crashed";

    public string RunId { get; init; } = "";

    /// <summary><c>running</c>, <c>passed</c>, <c>failed</c> or <c>crashed</c>.</summary>
    public string Status { get; init; } = StatusRunning;

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Wall-clock duration; derived from <see cref="StartedAt"/> and <see cref="EndedAt"/> when not given.</summary>
    public double? DurationMs { get; init; }

    public string? GitSha { get; init; }

    public string? GitBranch { get; init; }

    public string? Machine { get; init; }

    public string? Command { get; init; }

    public string? FlowTestVersion { get; init; }

    public string? RunDirectory { get; init; }

    public string? TracePath { get; init; }

    public string? RunJsonPath { get; init; }

    public string? SummaryPath { get; init; }

    public string? AskPath { get; init; }

    /// <summary>How reading the trace went, when the caller wants skipped lines reported.</summary>
    public TraceReadStats? ReadStats { get; init; }

    /// <summary>The duration to show: given, or from start to end.</summary>
    public double? EffectiveDurationMs =>
        DurationMs ?? (StartedAt is { } start && EndedAt is { } end ? (end - start).TotalMilliseconds : null);
}
