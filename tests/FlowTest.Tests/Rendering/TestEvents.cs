using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Tests.Rendering;

/// <summary>Trace records built in code, for digest tests that need many or unusual events.</summary>
internal static class TestEvents
{
    public static TraceRecord Started(string flow, string flowId, string? parentId = null, string? file = null) => Flow(EventKind.FlowStarted, flow, flowId, parentId) with
    {
        Code = file is null ? null : new TraceCodeLocation(file, 10, "Run"),
    };

    public static TraceRecord Ended(string flow, string flowId, FlowVerdict verdict, double durationMs, string? parentId = null) =>
        Flow(EventKind.FlowEnded, flow, flowId, parentId) with { Verdict = verdict, DurationMs = durationMs };

    public static TraceRecord Failure(string flow, string flowId, string failureClass, string reason, string? payload = null) =>
        Flow(EventKind.FlowFailure, flow, flowId, null) with
        {
            FailureClass = failureClass,
            Severity = "error",
            Reason = reason,
            PayloadJson = payload,
            Code = new TraceCodeLocation("src/App.cs", 42, "Run"),
        };

    public static TraceRecord Metric(string flow, string flowId, string step, string payload) =>
        Flow(EventKind.FlowMetric, flow, flowId, null) with { Step = step, PayloadJson = payload };

    public static TraceRecord Flow(EventKind kind, string flow, string flowId, string? parentId) => new()
    {
        RunId = "r",
        Event = TraceNames.EventName(kind),
        Kind = kind,
        TimestampText = "2026-11-22T10:00:00.000000Z",
        Flow = flow,
        FlowId = flowId,
        ParentId = parentId,
    };
}
