using System.Text.Json;

namespace FlowTest.Writing;

/// <summary>What every line a writer produces repeats: run, trace and writer node, pre-encoded once.</summary>
internal sealed class WriterIdentity
{
    public WriterIdentity(string runId, string traceId, string node, ulong rootParentSpanId)
    {
        RunId = runId;
        TraceId = traceId;
        Node = node;
        RootParentSpanId = rootParentSpanId;
        EncodedRunId = JsonEncodedText.Encode(runId);
        EncodedTraceId = JsonEncodedText.Encode(traceId);
        EncodedNode = JsonEncodedText.Encode(node);
    }

    public string RunId { get; }

    public string TraceId { get; }

    /// <summary><c>host/pid</c> of the writing process.</summary>
    public string Node { get; }

    /// <summary>The span a root flow hangs under when a W3C <c>TRACEPARENT</c> was given; else 0.</summary>
    public ulong RootParentSpanId { get; }

    public JsonEncodedText EncodedRunId { get; }

    public JsonEncodedText EncodedTraceId { get; }

    public JsonEncodedText EncodedNode { get; }
}
