using System;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// What <see cref="RunDigest"/> needs from one trace line, filled either from a parsed
/// <see cref="TraceRecord"/> or straight from the line's bytes (<see cref="TraceLineDigester"/>).
/// Strings here are the digest's own interned ones; only the rare events that need their full
/// text (failures, exceptions, run start and end) carry the whole <see cref="Record"/>.
/// </summary>
internal struct DigestEvent
{
    /// <summary>The known event kind; <see langword="null"/> for an event name this version does not know.</summary>
    public EventKind? Kind;

    /// <summary>The <c>flow</c> name's aggregates (starts, ends, failures only); <see langword="null"/> without a name.</summary>
    public FlowNameStats? Flow;

    /// <summary>The <c>flow</c> name of a metric event (metrics never create a name's aggregates).</summary>
    public string? MetricFlow;

    public SpanId? FlowId;

    public SpanId? ParentId;

    public string? Source;

    /// <summary>Whether <c>source</c> is a test adapter's, also when <see cref="Source"/> was not kept.</summary>
    public bool IsTestSource;

    public string? Node;

    public DateTimeOffset? Timestamp;

    /// <summary>The timestamp text, only when it is not FlowTest's canonical form (see <see cref="FlowSighting.StartedAt"/>).</summary>
    public string? TimestampText;

    public FlowVerdict? Verdict;

    public double? DurationMs;

    /// <summary><c>file:line</c> of the <c>code</c> object (flow starts only).</summary>
    public string? Location;

    /// <summary>The metric name (<c>step</c>), metric events only.</summary>
    public string? Step;

    public double? MetricValue;

    public string? MetricUnit;

    /// <summary>The whole line, for failures, exceptions and run events.</summary>
    public TraceRecord? Record;
}
