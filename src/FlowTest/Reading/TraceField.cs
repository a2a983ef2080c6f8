namespace FlowTest.Reading;

/// <summary>The top-level fields of a trace line that <see cref="TraceLineParser"/> understands.</summary>
internal enum TraceField : byte
{
    Unknown,
    SchemaVersion,
    EventId,
    Timestamp,
    RunId,
    Event,
    Source,
    Flow,
    FlowId,
    ParentId,
    TraceId,
    Node,
    Seq,
    Step,
    Verdict,
    DurationMs,
    FailureClass,
    Severity,
    Reason,
    Exception,
    Code,
    Thread,
    Payload,
    RedactedFields,
    Tags,
    Correlation,
}
