using System.Text;
using FlowTest.Artifacts.Digest;

namespace FlowTest.Artifacts.Rendering;

/// <content>The closing sections: metrics, the flow tree and where the files are.</content>
internal static partial class SummaryRenderer
{
    private static void AppendMetrics(StringBuilder md, RunDigest digest)
    {
        var metrics = digest.Metrics;
        if (metrics.Count == 0)
        {
            return;
        }

        md.Append("## Metrics\n\n");
        md.Append("| flow | metric | count | min | mean | max | last |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var series in metrics)
        {
            var unit = string.IsNullOrEmpty(series.Unit) ? "" : " " + MarkdownText.Text(series.Unit, 20);
            md.Append("| ").Append(MarkdownText.CellCode(series.Flow))
                .Append(" | ").Append(MarkdownText.CellCode(series.Metric))
                .Append(" | ").Append(DisplayFormat.Count(series.Count))
                .Append(" | ").Append(DisplayFormat.Number(series.Min)).Append(unit)
                .Append(" | ").Append(DisplayFormat.Number(series.Mean)).Append(unit)
                .Append(" | ").Append(DisplayFormat.Number(series.Max)).Append(unit)
                .Append(" | ").Append(DisplayFormat.Number(series.Last)).Append(unit)
                .Append(" |\n");
        }

        md.Append('\n');
        if (digest.DroppedMetricEvents > 0)
        {
            md.Append("_").Append(DisplayFormat.Count(digest.DroppedMetricEvents))
                .Append(" metric events beyond the first ").Append(DisplayFormat.Count(digest.Options.MaxMetricSeries))
                .Append(" series are not aggregated._\n\n");
        }
    }

    private static void AppendFlowTree(StringBuilder md, RunDigest digest)
    {
        if (digest.Flows.Count == 0)
        {
            return;
        }

        md.Append("## Flow tree\n\n");
        md.Append(MarkdownText.Fence(MermaidFlowTree.Render(digest), "mermaid"));
        var hidden = MermaidFlowTree.HiddenCount(digest);
        if (hidden > 0)
        {
            md.Append("\n_").Append(DisplayFormat.Count(hidden))
                .Append(" more flow names are not drawn; flows that went wrong and their parents are drawn first. See the Flows table._\n");
        }

        if (digest.Tree.UntrackedLinkStarts > 0)
        {
            md.Append("\n_").Append(DisplayFormat.Count(digest.Tree.UntrackedLinkStarts))
                .Append(" flow starts under a parent are not linked here: the tree keeps the first ")
                .Append(DisplayFormat.Count(digest.Options.MaxTreeLinks)).Append(" parent → child links._\n");
        }

        md.Append('\n');
    }

    private static void AppendArtifacts(StringBuilder md, RunHeader header)
    {
        md.Append("## Artifacts\n\n");
        AppendPath(md, "run directory", header.RunDirectory);
        AppendPath(md, "trace", header.TracePath);
        AppendPath(md, "run.json", header.RunJsonPath);
        AppendPath(md, "summary", header.SummaryPath);
        AppendPath(md, "ask", header.AskPath);
    }

    private static void AppendPath(StringBuilder md, string name, string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            md.Append("- ").Append(name).Append(": ").Append(MarkdownText.Code(path, 1000)).Append('\n');
        }
    }
}
