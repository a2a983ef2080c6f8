using System;
using System.Collections.Generic;
using FlowTest.Model;

namespace FlowTest.Reading;

/// <summary>
/// One parsed line of trace.jsonl (SPEC §5). Every optional field is <see langword="null"/> (or
/// empty) when the line did not carry it or carried it with an unexpected JSON type; only
/// <see cref="Event"/> and <see cref="RunId"/> are guaranteed.
/// </summary>
/// <remarks>
/// A positional-free record so copies with a trimmed payload (<c>with</c>) stay cheap to write.
/// </remarks>
internal sealed record TraceRecord
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>(0);

    public string? SchemaVersion { get; init; }

    public string? EventId { get; init; }

    /// <summary>The parsed <c>timestamp</c>; <see langword="null"/> when missing or not ISO 8601.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The <c>timestamp</c> exactly as written (keeps the microseconds and the writer's spelling).</summary>
    public string? TimestampText { get; init; }

    public string RunId { get; init; } = "";

    /// <summary>The <c>event</c> name as written, also for names this version does not know.</summary>
    public string Event { get; init; } = "";

    /// <summary>The known event kind; <see langword="null"/> for unknown event names, which readers ignore.</summary>
    public EventKind? Kind { get; init; }

    public string? Source { get; init; }

    public string? Flow { get; init; }

    public string? FlowId { get; init; }

    /// <summary>Span id of the parent flow; <see langword="null"/> for root flows and non-flow events.</summary>
    public string? ParentId { get; init; }

    public string? TraceId { get; init; }

    public string? Node { get; init; }

    public long? Seq { get; init; }

    public string? Step { get; init; }

    public FlowVerdict? Verdict { get; init; }

    public double? DurationMs { get; init; }

    public string? FailureClass { get; init; }

    /// <summary><c>warn</c>, <c>error</c> or <c>critical</c> as written.</summary>
    public string? Severity { get; init; }

    public string? Reason { get; init; }

    public TraceExceptionInfo? Exception { get; init; }

    public TraceCodeLocation? Code { get; init; }

    public int? Thread { get; init; }

    /// <summary>The raw JSON text of <c>payload</c> (any JSON value), or <see langword="null"/>.</summary>
    public string? PayloadJson { get; init; }

    public IReadOnlyList<string> RedactedFields { get; init; } = Array.Empty<string>();

    /// <summary>Labels; values that were not JSON strings keep their raw JSON text.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoLabels;

    /// <summary>Correlation keys; values that were not JSON strings keep their raw JSON text.</summary>
    public IReadOnlyDictionary<string, string> Correlation { get; init; } = NoLabels;

    /// <summary>Whether this is one of the <c>flow.*</c> events.</summary>
    public bool IsFlowEvent => Kind is >= EventKind.FlowStarted and <= EventKind.FlowEnded;
}
