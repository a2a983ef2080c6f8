using System;

namespace FlowTest.Model;

/// <summary>
/// The wire names of trace.jsonl (SPEC §5): one place for the writer, the reader, the schema
/// test and the renderers to agree on.
/// </summary>
internal static class TraceNames
{
    public const string SchemaVersion = "1";

    public static class Fields
    {
        public const string SchemaVersion = "schema_version";
        public const string EventId = "event_id";
        public const string Timestamp = "timestamp";
        public const string RunId = "run_id";
        public const string Event = "event";
        public const string Source = "source";
        public const string Flow = "flow";
        public const string FlowId = "flow_id";
        public const string ParentId = "parent_id";
        public const string TraceId = "trace_id";
        public const string Node = "node";
        public const string Seq = "seq";
        public const string Step = "step";
        public const string Verdict = "verdict";
        public const string DurationMs = "duration_ms";
        public const string FailureClass = "failure_class";
        public const string Severity = "severity";
        public const string Reason = "reason";
        public const string Exception = "exception";
        public const string Code = "code";
        public const string Thread = "thread";
        public const string Payload = "payload";
        public const string RedactedFields = "redacted_fields";
        public const string Tags = "tags";
        public const string Correlation = "correlation";
    }

    /// <summary>Fields of the <c>exception</c> object.</summary>
    public static class ExceptionFields
    {
        public const string Type = "type";
        public const string Message = "message";
        public const string Stack = "stack";
        public const string File = "file";
        public const string Line = "line";
    }

    /// <summary>Fields of the <c>code</c> object.</summary>
    public static class CodeFields
    {
        public const string File = "file";
        public const string Line = "line";
        public const string Member = "member";
    }

    /// <summary>The event name written for <paramref name="kind"/>.</summary>
    public static string EventName(EventKind kind) => kind switch
    {
        EventKind.RunStarted => "run.started",
        EventKind.RunEnded => "run.ended",
        EventKind.FlowStarted => "flow.started",
        EventKind.FlowCheckpoint => "flow.checkpoint",
        EventKind.FlowSuccess => "flow.success",
        EventKind.FlowFailure => "flow.failure",
        EventKind.FlowException => "flow.exception",
        EventKind.FlowMetric => "flow.metric",
        EventKind.FlowEnded => "flow.ended",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown event kind"),
    };

    /// <summary>Parses an event name; <see langword="false"/> for names this version does not know.</summary>
    public static bool TryParseEvent(string name, out EventKind kind)
    {
        for (var k = EventKind.RunStarted; k <= EventKind.FlowEnded; k++)
        {
            if (string.Equals(EventName(k), name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The verdict name written in <c>flow.ended</c>.</summary>
    public static string VerdictName(FlowVerdict verdict) => verdict switch
    {
        FlowVerdict.Success => "success",
        FlowVerdict.Failure => "failure",
        FlowVerdict.Exception => "exception",
        FlowVerdict.Skipped => "skipped",
        _ => "incomplete",
    };

    /// <summary>Parses a verdict name; unknown names read as <see cref="FlowVerdict.Incomplete"/>.</summary>
    public static FlowVerdict ParseVerdict(string? name) => name switch
    {
        "success" => FlowVerdict.Success,
        "failure" => FlowVerdict.Failure,
        "exception" => FlowVerdict.Exception,
        "skipped" => FlowVerdict.Skipped,
        _ => FlowVerdict.Incomplete,
    };

    /// <summary>The severity name written in <c>flow.failure</c>.</summary>
    public static string SeverityName(EventSeverity severity) => severity switch
    {
        EventSeverity.Debug => "debug",
        EventSeverity.Info => "info",
        EventSeverity.Warn => "warn",
        EventSeverity.Critical => "critical",
        _ => "error",
    };
}
