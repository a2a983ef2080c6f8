using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTest.Artifacts.Rendering;
using FlowTest.Cli.Runs;
using FlowTest.Model;
using FlowTest.Reading;

namespace FlowTest.Cli.Terminal;

/// <summary>
/// Draws a <see cref="FlowSubtree"/>: the flow's header (name, verdict, duration, <c>file:line</c>),
/// then its events and child flows interleaved in trace order, children indented under it.
/// </summary>
internal static class FlowTreeText
{
    public static void Write(TextWriter output, FlowSubtree tree, AnsiStyle style)
    {
        WriteFlow(output, tree, tree.RootFlowId, "", style);
        if (tree.Omitted > 0)
        {
            output.WriteLine(style.Dim("… " + DisplayFormat.Count(tree.Omitted) + " more events not shown (limit " + DisplayFormat.Count(FlowSubtree.MaxEvents) + ")"));
        }
    }

    private static void WriteFlow(TextWriter output, FlowSubtree tree, string flowId, string indent, AnsiStyle style)
    {
        var events = tree.EventsOf(flowId);
        var start = events.FirstOrDefault(e => e.Kind == EventKind.FlowStarted);
        var end = events.FirstOrDefault(e => e.Kind == EventKind.FlowEnded);
        var verdict = end?.Verdict is { } v ? TraceNames.VerdictName(v) : "incomplete";
        var header = style.Bold(start?.Flow ?? end?.Flow ?? flowId) + "  " + style.Outcome(verdict)
            + (end?.DurationMs is { } ms ? "  " + DisplayFormat.Duration(ms) : "")
            + (start?.Code?.FileAndLine is { } at ? "  " + style.Dim("at " + at) : "")
            + "  " + style.Dim(flowId);
        output.WriteLine(header);

        // Children go where their flow.started sits among the parent's own events.
        var children = new Queue<string>(tree.ChildrenOf(flowId));
        var items = new List<(long Order, string? Child, TraceRecord? Event)>();
        foreach (var record in events.Where(e => e.Kind is not (EventKind.FlowStarted or EventKind.FlowEnded)))
        {
            items.Add((Order(record), null, record));
        }

        foreach (var child in children)
        {
            var childStart = tree.EventsOf(child).FirstOrDefault();
            items.Add((childStart is null ? long.MaxValue : Order(childStart), child, null));
        }

        items.Sort((a, b) => a.Order.CompareTo(b.Order));
        for (var i = 0; i < items.Count; i++)
        {
            var last = i == items.Count - 1;
            output.Write(indent + (last ? "└─ " : "├─ "));
            if (items[i].Child is { } child)
            {
                WriteFlow(output, tree, child, indent + (last ? "   " : "│  "), style);
            }
            else
            {
                output.WriteLine(EventText(items[i].Event!, style));
            }
        }
    }

    private static long Order(TraceRecord record) => record.Timestamp?.UtcTicks ?? 0;

    private static string EventText(TraceRecord record, AnsiStyle style)
    {
        var text = record.Kind switch
        {
            EventKind.FlowCheckpoint => "checkpoint " + record.Step,
            EventKind.FlowMetric => "metric " + record.Step,
            EventKind.FlowSuccess => style.Green("success") + (record.Reason is { } r ? ": " + r : ""),
            EventKind.FlowFailure => style.Red("failure " + (record.FailureClass ?? "")) + " (" + (record.Severity ?? "error") + "): " + record.Reason,
            EventKind.FlowException => style.Red("exception " + (record.Exception?.Type ?? "")) + ": " + record.Exception?.Message,
            _ => record.Event,
        };
        if (record.PayloadJson is { Length: > 2 } payload)
        {
            text += "  " + (payload.Length > 300 ? payload.Substring(0, 300) + "…" : payload);
        }

        var at = (record.Kind == EventKind.FlowException ? TraceLocationText.Format(record.Exception?.File, record.Exception?.Line) : null) ?? record.Code?.FileAndLine;
        return (text + (at is null ? "" : "  " + style.Dim("at " + at))).Replace("\r", "").Replace('\n', ' ');
    }
}
