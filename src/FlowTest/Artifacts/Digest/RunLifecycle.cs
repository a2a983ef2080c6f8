using System;

namespace FlowTest.Artifacts.Digest;

/// <summary>What the <c>run.started</c> and <c>run.ended</c> events said about the run.</summary>
internal sealed record RunLifecycle
{
    public string? RunId { get; init; }

    public string? TraceId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary><see langword="null"/> when no <c>run.ended</c> was read (a running or crashed run).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public string? Command { get; init; }

    public string? Machine { get; init; }

    public string? FlowTestVersion { get; init; }

    public long? EventsWritten { get; init; }

    /// <summary>Events the writer dropped (queue full, I/O errors), per <c>run.ended</c>.</summary>
    public long? EventsDropped { get; init; }

    /// <summary>Earliest and latest event timestamps read, whatever their event.</summary>
    public DateTimeOffset? FirstEventAt { get; init; }

    public DateTimeOffset? LastEventAt { get; init; }
}
