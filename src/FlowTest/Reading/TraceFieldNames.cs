using System;
using System.Text;
using System.Text.Json;

namespace FlowTest.Reading;

/// <summary>Maps a UTF-8 property name to its <see cref="TraceField"/> without allocating.</summary>
internal static class TraceFieldNames
{
    // The length and one distinguishing byte leave a single candidate, so a property costs one
    // comparison: this runs for every field of every line.
    public static TraceField Lookup(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 => Is(name, "seq"u8, TraceField.Seq),
        4 => name[0] switch
        {
            (byte)'f' => Is(name, "flow"u8, TraceField.Flow),
            (byte)'n' => Is(name, "node"u8, TraceField.Node),
            (byte)'s' => Is(name, "step"u8, TraceField.Step),
            (byte)'c' => Is(name, "code"u8, TraceField.Code),
            (byte)'t' => Is(name, "tags"u8, TraceField.Tags),
            _ => TraceField.Unknown,
        },
        5 => Is(name, "event"u8, TraceField.Event),
        6 => name[1] switch
        {
            (byte)'u' => Is(name, "run_id"u8, TraceField.RunId),
            (byte)'o' => Is(name, "source"u8, TraceField.Source),
            (byte)'e' => Is(name, "reason"u8, TraceField.Reason),
            (byte)'h' => Is(name, "thread"u8, TraceField.Thread),
            _ => TraceField.Unknown,
        },
        7 => name[0] switch
        {
            (byte)'f' => Is(name, "flow_id"u8, TraceField.FlowId),
            (byte)'v' => Is(name, "verdict"u8, TraceField.Verdict),
            (byte)'p' => Is(name, "payload"u8, TraceField.Payload),
            _ => TraceField.Unknown,
        },
        8 => name[0] switch
        {
            (byte)'e' => Is(name, "event_id"u8, TraceField.EventId),
            (byte)'t' => Is(name, "trace_id"u8, TraceField.TraceId),
            (byte)'s' => Is(name, "severity"u8, TraceField.Severity),
            _ => TraceField.Unknown,
        },
        9 => name[0] switch
        {
            (byte)'t' => Is(name, "timestamp"u8, TraceField.Timestamp),
            (byte)'p' => Is(name, "parent_id"u8, TraceField.ParentId),
            (byte)'e' => Is(name, "exception"u8, TraceField.Exception),
            _ => TraceField.Unknown,
        },
        11 => name[0] switch
        {
            (byte)'d' => Is(name, "duration_ms"u8, TraceField.DurationMs),
            (byte)'c' => Is(name, "correlation"u8, TraceField.Correlation),
            _ => TraceField.Unknown,
        },
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
