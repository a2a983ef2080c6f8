using System;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// A started flow while the digest waits for its end: held inline by <see cref="FlowIdIndex"/>, and
/// turned into a <see cref="FlowSighting"/> only when a list keeps it (most flows end unlisted).
/// </summary>
internal readonly struct OpenFlow
{
    public OpenFlow(FlowLink link, long startOrder, string? startedAtText, DateTimeOffset? startedAtValue, string? location)
    {
        Link = link;
        StartOrder = startOrder;
        StartedAtText = startedAtText;
        StartedAtValue = startedAtValue;
        Location = location;
    }

    public FlowLink Link { get; }

    /// <summary>1-based order of its <c>flow.started</c> among all starts of the run.</summary>
    public long StartOrder { get; }

    public string? StartedAtText { get; }

    public DateTimeOffset? StartedAtValue { get; }

    public string? Location { get; }

    /// <summary>The sighting of this flow (still open when <paramref name="verdict"/> is null).</summary>
    public FlowSighting ToSighting(SpanId? id, double? durationMs = null, FlowVerdict? verdict = null) => new()
    {
        Name = Link.Name,
        Id = id,
        Parent = Link.Parent,
        StartOrder = StartOrder,
        StartedAtText = StartedAtText,
        StartedAtValue = StartedAtValue,
        Location = Location,
        DurationMs = durationMs,
        Verdict = verdict,
    };
}
