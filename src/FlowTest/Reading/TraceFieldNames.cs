using System;
using System.Text;
using System.Text.Json;

namespace FlowTest.Reading;

/// <summary>Maps a UTF-8 property name to its <see cref="TraceField"/> without allocating.</summary>
internal static class TraceFieldNames
{
    // Switching on the length first keeps the lookup to a few byte comparisons per property;
    // within a length at most one candidate matches and Unknown is 0, so OR picks the match.
    public static TraceField Lookup(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 => Is(name, "seq"u8, TraceField.Seq),
        4 => Is(name, "flow"u8, TraceField.Flow) | Is(name, "node"u8, TraceField.Node)
            | Is(name, "step"u8, TraceField.Step) | Is(name, "code"u8, TraceField.Code)
            | Is(name, "tags"u8, TraceField.Tags),
        5 => Is(name, "event"u8, TraceField.Event),
        6 => Is(name, "run_id"u8, TraceField.RunId) | Is(name, "source"u8, TraceField.Source)
            | Is(name, "reason"u8, TraceField.Reason) | Is(name, "thread"u8, TraceField.Thread),
        7 => Is(name, "flow_id"u8, TraceField.FlowId) | Is(name, "verdict"u8, TraceField.Verdict)
            | Is(name, "payload"u8, TraceField.Payload),
        8 => Is(name, "event_id"u8, TraceField.EventId) | Is(name, "trace_id"u8, TraceField.TraceId)
            | Is(name, "severity"u8, TraceField.Severity),
        9 => Is(name, "timestamp"u8, TraceField.Timestamp) | Is(name, "parent_id"u8, TraceField.ParentId)
            | Is(name, "exception"u8, TraceField.Exception),
        11 => Is(name, "duration_ms"u8, TraceField.DurationMs) | Is(name, "correlation"u8, TraceField.Correlation),
        13 => Is(name, "failure_class"u8, TraceField.FailureClass),
        14 => Is(name, "schema_version"u8, TraceField.SchemaVersion),
        15 => Is(name, "redacted_fields"u8, TraceField.RedactedFields),
        _ => TraceField.Unknown,
    };

    /// <summary>The field named by the reader's current property name token.</summary>
    public static TraceField Read(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Lookup(reader.ValueSpan);
        }

        // Escaped names ("\u0065vent") are legal JSON but never written by FlowTest: take the slow path.
        return Lookup(Encoding.UTF8.GetBytes(reader.GetString() ?? ""));
    }

    private static TraceField Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> candidate, TraceField field) =>
        name.SequenceEqual(candidate) ? field : TraceField.Unknown;
}
