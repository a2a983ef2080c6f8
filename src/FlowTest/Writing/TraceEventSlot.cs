using FlowTest.Model;

namespace FlowTest.Writing;

/// <summary>
/// One pre-allocated cell of <see cref="TraceQueue"/>. A producer fills it on the calling thread
/// (references and numbers only: no formatting, no allocation); the writer thread turns it into a
/// JSON line and clears it.
/// </summary>
internal struct TraceEventSlot
{
    /// <summary>Queue bookkeeping (Vyukov bounded queue): ticket+1 when published.</summary>
    internal long Sequence;

    public EventKind Kind;
    public EventSeverity Severity;
    public FlowVerdict Verdict;
    public int ThreadId;
    public int Line;
    /// <summary>When the event happened: a <see cref="System.Diagnostics.Stopwatch"/> timestamp, turned into UTC by the writer.</summary>
    public long Timestamp;

    /// <summary>The flow this event belongs to; <see langword="null"/> for run events.</summary>
    public FlowScope? Flow;

    /// <summary>Checkpoint or metric name.</summary>
    public string? Step;

    /// <summary>Reason of a success or failure.</summary>
    public string? Text;

    public string? FailureClass;
    public string? File;
    public string? Member;

    /// <summary>Evidence: an immutable object serialized later, or a <see cref="CapturedPayload"/>.</summary>
    public object? Payload;

    /// <summary>Metric value, or the duration in milliseconds of a <c>flow.ended</c>.</summary>
    public double Number;

    /// <summary>Metric unit.</summary>
    public string? Unit;

    public ExceptionSnapshot? Exception;

    public void Clear()
    {
        Flow = null;
        Step = null;
        Text = null;
        FailureClass = null;
        File = null;
        Member = null;
        Payload = null;
        Unit = null;
        Exception = null;
    }
}
