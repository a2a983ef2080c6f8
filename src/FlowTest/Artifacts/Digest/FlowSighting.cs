using System;
using System.Globalization;

namespace FlowTest.Artifacts.Digest;

/// <summary>One flow instance as the digest remembers it: enough to name it, place it and point at its code.</summary>
internal sealed record FlowSighting
{
    public string Name { get; init; } = "";

    internal SpanId? Id { get; init; }

    internal SpanId? Parent { get; init; }

    public string? FlowId => Id?.ToString();

    public string? ParentId => Parent?.ToString();

    /// <summary>1-based order of its <c>flow.started</c> among all starts of the run.</summary>
    public long StartOrder { get; init; }

    /// <summary>The start's <c>timestamp</c> as written (rebuilt from <see cref="StartedAtValue"/> when it was canonical).</summary>
    public string? StartedAt => StartedAtText ?? StartedAtValue?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The start's timestamp text when it was not in FlowTest's own canonical form.</summary>
    internal string? StartedAtText { get; init; }

    internal DateTimeOffset? StartedAtValue { get; init; }

    /// <summary><c>file:line</c> of the <c>flow.started</c> event, when known.</summary>
    public string? Location { get; init; }

    public double? DurationMs { get; init; }

    public FlowVerdict? Verdict { get; init; }
}
