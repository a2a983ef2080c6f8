using System;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// ask.md (SPEC §7): a prompt for an AI assistant that diagnoses the run. Pure and deterministic
/// like <see cref="SummaryRenderer"/>, and never longer than its byte cap: the trace excerpt is
/// trimmed first (oldest events go first), then the other parts shrink, and as a last resort the
/// text is cut; each cut is said in the file.
/// </summary>
internal static partial class AskRenderer
{
    /// <summary>Below this no useful prompt fits; smaller caps are raised to it.</summary>
    public const int MinBytes = 4096;

    public static string Render(
        RunHeader header, RunDigest digest, FlowCatalog catalog, int tailEvents, int maxBytes, PerformanceConfig? performance = null)
    {
        var context = new AskContext(header, digest, catalog, performance ?? new PerformanceConfig(), Math.Max(MinBytes, maxBytes));
        var available = Math.Min(Math.Max(0, tailEvents), digest.Tail.Count);
        var layout = new AskLayout { TailEvents = available };
        var text = Compose(context, layout, available);
        if (Fits(text, context.MaxBytes))
        {
            return text;
        }

        // The tail is the least valuable part: keep as many of the most recent events as fit.
        int low = 0, high = available - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Fits(Compose(context, layout with { TailEvents = middle }, available), context.MaxBytes))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        layout = layout with { TailEvents = Math.Max(0, low) };
        text = Compose(context, layout, available);
        foreach (var smaller in new Func<AskLayout, AskLayout>[]
        {
            l => l with { StackLines = 4, EvidenceChars = 400, NoticedItems = 3 },
            l => l with { SketchLines = 20, Issues = 3 },
            l => l with { Issues = 1, StackLines = 0, EvidenceChars = 200, SketchLines = 8, NoticedItems = 0 },
            l => l with { SketchLines = 0 },
        })
        {
            if (Fits(text, context.MaxBytes))
            {
                return text;
            }

            layout = smaller(layout);
            text = Compose(context, layout, available);
        }

        if (Fits(text, context.MaxBytes))
        {
            return text;
        }

        // Last resort: cut the body, but keep the asks: they are the point of the file.
        var asks = new StringBuilder();
        AppendAsks(asks, context, layout);
        return CutToBytes(ComposeBody(context, layout, available), context.MaxBytes - Encoding.UTF8.GetByteCount(asks.ToString())) + asks;
    }

    private static bool Fits(string text, int maxBytes) => Encoding.UTF8.GetByteCount(text) <= maxBytes;

    /// <summary>Cuts at a line boundary within <paramref name="maxBytes"/> and says so.</summary>
    private static string CutToBytes(string text, int maxBytes)
    {
        const string Note = "\n… ask.md was cut here to stay under its size cap; read summary.md and trace.jsonl for the rest.\n\n";
        var budget = maxBytes - Encoding.UTF8.GetByteCount(Note);
        var length = 0;
        var bytes = 0;
        var lastLineEnd = 0;
        while (length < text.Length)
        {
            var step = char.IsHighSurrogate(text[length]) && length + 1 < text.Length ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.Substring(length, step));
            if (bytes > budget)
            {
                break;
            }

            length += step;
            if (text[length - 1] == '\n')
            {
                lastLineEnd = length;
            }
        }

        return text.Substring(0, lastLineEnd > 0 ? lastLineEnd : length) + Note;
    }

    private static string Compose(AskContext context, AskLayout layout, int availableTail)
    {
        var md = new StringBuilder(ComposeBody(context, layout, availableTail));
        AppendAsks(md, context, layout);
        return md.ToString();
    }

    private static string ComposeBody(AskContext context, AskLayout layout, int availableTail)
    {
        var md = new StringBuilder();
        AppendGoal(md, context);
        AppendRun(md, context);
        AppendSketch(md, context, layout);
        AppendIssues(md, context, layout);
        AppendNoticed(md, context, layout);
        AppendTail(md, context, layout, availableTail);
        return md.ToString();
    }
}
