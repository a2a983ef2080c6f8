using System.Linq;
using System.Text;

namespace FlowTest.Artifacts.Rendering;

/// <content>The last events of the run as compact JSON lines.</content>
internal static partial class AskRenderer
{
    private static void AppendTail(StringBuilder md, AskContext context, AskLayout layout, int availableTail)
    {
        var tail = context.Digest.Tail;
        if (availableTail == 0)
        {
            return;
        }

        if (layout.TailEvents == 0)
        {
            md.Append("## Last events\n\nThe last ").Append(DisplayFormat.Count(availableTail))
                .Append(" events did not fit under ").Append(DisplayFormat.Count(context.MaxBytes))
                .Append(" bytes; read them in trace.jsonl.\n\n");
            return;
        }

        md.Append("## Last ").Append(DisplayFormat.Count(layout.TailEvents)).Append(" events\n\n");
        md.Append("Oldest first. Each line is a trace.jsonl line with the run-wide fields left out; `at` is the code's `file:line`.");
        if (layout.TailEvents < availableTail)
        {
            md.Append(" The ").Append(DisplayFormat.Count(availableTail - layout.TailEvents))
                .Append(" events before these were left out to keep this file under ")
                .Append(DisplayFormat.Count(context.MaxBytes)).Append(" bytes.");
        }

        md.Append("\n\n");
        var lines = tail.Skip(tail.Count - layout.TailEvents).Select(CompactEvent.Format);
        md.Append(MarkdownText.Fence(string.Join("\n", lines), "jsonl")).Append('\n');
    }
}
