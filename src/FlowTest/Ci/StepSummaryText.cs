using System.Text;

namespace FlowTest.Ci;

/// <summary>Keeps summary.md under GitHub's step-summary limit (1 MiB per step), cutting on a line boundary with a note.</summary>
internal static class StepSummaryText
{
    public const int MaxBytes = 1024 * 1024;
    private const string ClosingFence = "\n```";

    public static string Fit(string markdown, string summaryPath, int maxBytes = MaxBytes)
    {
        if (Encoding.UTF8.GetByteCount(markdown) <= maxBytes)
        {
            return markdown;
        }

        var note = "\n\n> FlowTest: the summary was cut to fit the step summary limit; the whole file is `" + summaryPath + "`.\n";
        var budget = maxBytes - Encoding.UTF8.GetByteCount(note) - ClosingFence.Length;
        var kept = new StringBuilder();
        var used = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var cost = Encoding.UTF8.GetByteCount(line) + 1;
            if (used + cost > budget)
            {
                break;
            }

            kept.Append(line).Append('\n');
            used += cost;
        }

        // A cut inside a fenced block (the Mermaid tree) would swallow the note: close it first.
        var text = kept.ToString().TrimEnd('\n');
        return (CountFences(text) % 2 == 1 ? text + ClosingFence : text) + note;
    }

    private static int CountFences(string text)
    {
        var count = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", System.StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
