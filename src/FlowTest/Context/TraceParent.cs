using System;

namespace FlowTest.Context;

/// <summary>
/// A W3C <c>traceparent</c> header value (<c>00-&lt;trace-id&gt;-&lt;parent-id&gt;-&lt;flags&gt;</c>):
/// when the environment passes one, the run joins that trace.
/// </summary>
internal readonly struct TraceParent
{
    private TraceParent(string traceId, ulong parentSpanId)
    {
        TraceId = traceId;
        ParentSpanId = parentSpanId;
    }

    public string TraceId { get; }

    public ulong ParentSpanId { get; }

    /// <summary>Parses a traceparent value; invalid or all-zero ids are rejected.</summary>
    public static bool TryParse(string? value, out TraceParent traceParent)
    {
        traceParent = default;
        if (value is null)
        {
            return false;
        }

        var parts = value.Trim().Split('-');
        if (parts.Length < 4 || parts[0].Length != 2 || parts[0] == "ff" || parts[1].Length != 32)
        {
            return false;
        }

        var traceId = parts[1].ToLowerInvariant();
        foreach (var c in traceId)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        if (traceId.Trim('0').Length == 0 || !SpanIds.TryParse(parts[2], out var parent))
        {
            return false;
        }

        traceParent = new TraceParent(traceId, parent);
        return true;
    }
}
