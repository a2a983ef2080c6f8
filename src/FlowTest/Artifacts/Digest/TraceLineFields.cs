using System;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Artifacts.Digest;

/// <summary>
/// The fields of one trace line that the digest uses, as <see cref="TraceLineFieldReader"/> found
/// them: numbers parsed, strings left as slices of the line (the digest interns them). Holds no
/// digest state, so lines can be read on worker threads and applied in order on one.
/// </summary>
internal struct TraceLineFields
{
    /// <summary>Bytes of a UTF-8 byte order mark before the JSON; slices are relative to what follows.</summary>
    public int Skipped;

    public EventKind? Kind;

    public TextSlice Flow;

    public TextSlice Step;

    public TextSlice Code;

    public TextSlice Source;

    public TextSlice Node;

    public TextSlice MetricUnit;

    public bool IsTestSource;

    public SpanId? FlowId;

    public SpanId? ParentId;

    public DateTimeOffset? Timestamp;

    /// <summary>The timestamp text when it was not in FlowTest's canonical form.</summary>
    public string? TimestampText;

    public FlowVerdict? Verdict;

    public double? DurationMs;

    public double? MetricValue;

    /// <summary>The whole line for failures, exceptions and run events.</summary>
    public TraceRecord? Record;
}
