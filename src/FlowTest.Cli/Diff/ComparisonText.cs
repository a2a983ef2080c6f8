using System.Collections.Generic;
using System.IO;
using FlowTest.Artifacts.Rendering;
using FlowTest.Cli.Terminal;

namespace FlowTest.Cli.Diff;

/// <summary>Writes a <see cref="RunComparison"/> for people: one section per kind of change, empty ones left out.</summary>
internal static class ComparisonText
{
    public static void Write(TextWriter output, string runA, string runB, RunComparison diff, AnsiStyle style)
    {
        output.WriteLine("flowtest diff " + runA + " → " + runB);
        Section(output, style.Red("new failures"), diff.NewFailures, f => f.Name + (f.FailureText is null ? "" : "  " + f.FailureText));
        Section(output, style.Green("fixed"), diff.Fixed, f => f.Name);
        Section(output, style.Yellow("still failing"), diff.StillFailing, f => f.Name + (f.FailureText is null ? "" : "  " + f.FailureText));
        Section(output, "slower (p50)", diff.Slower, p => p.After.Name + "  " + DisplayFormat.Duration(p.Before.P50Ms!.Value) + " → " + DisplayFormat.Duration(p.After.P50Ms!.Value));
        Section(output, "faster (p50)", diff.Faster, p => p.After.Name + "  " + DisplayFormat.Duration(p.Before.P50Ms!.Value) + " → " + DisplayFormat.Duration(p.After.P50Ms!.Value));
        Section(output, "added flows", diff.Added, f => f.Name);
        Section(output, "removed flows", diff.Removed, f => f.Name);
        if (diff.NewFailures.Count + diff.Fixed.Count + diff.StillFailing.Count + diff.Slower.Count + diff.Faster.Count + diff.Added.Count + diff.Removed.Count == 0)
        {
            output.WriteLine("no differences");
        }
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, System.Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title + " (" + DisplayFormat.Count(items.Count) + ")");
        foreach (var item in items)
        {
            output.WriteLine("  " + line(item));
        }
    }
}
