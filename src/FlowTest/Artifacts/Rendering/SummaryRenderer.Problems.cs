using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <content>The sections about what went wrong: failures, slow flows, flows left open, catalog mismatches.</content>
internal static partial class SummaryRenderer
{
    private static void AppendFailures(StringBuilder md, RunDigest digest)
    {
        md.Append("## Failures\n\n");
        if (digest.FailureCount == 0)
        {
            if (digest.EndedFailing.Count == 0)
            {
                md.Append("No failures or exceptions were recorded.\n\n");
                return;
            }

            md.Append("No failure or exception event was recorded, but these flows ended with a failing verdict ")
                .Append("(a result that said so, or a test that failed):\n\n");
            AppendSightings(md, digest.EndedFailing, withDuration: true, withVerdict: true);
            return;
        }

        var first = digest.FirstFailures;
        var recent = digest.RecentFailures.Where(f => f.Number > first.Count).ToList();
        md.Append(DisplayFormat.Count(digest.FailureCount))
            .Append(digest.FailureCount == 1 ? " failure or exception was recorded" : " failures and exceptions were recorded");
        md.Append(recent.Count == 0 ? ".\n\n" : "; the first and the most recent are listed.\n\n");

        md.Append("### First failures\n\n");
        foreach (var failure in first)
        {
            AppendFailure(md, failure);
        }

        md.Append('\n');
        if (recent.Count == 0)
        {
            return;
        }

        md.Append("### Most recent failures\n\n");
        var skipped = recent[0].Number - first.Count - 1;
        if (skipped > 0)
        {
            md.Append("_").Append(DisplayFormat.Count(skipped)).Append(skipped == 1 ? " failure" : " failures")
                .Append(" in between not shown; see trace.jsonl._\n\n");
        }

        foreach (var failure in recent)
        {
            AppendFailure(md, failure);
        }

        md.Append('\n');
    }

    private static void AppendFailure(StringBuilder md, FailureRecord failure)
    {
        // "#n" rather than an ordered list: list numbers past 9 would need deeper indents for the details.
        md.Append("- #").Append(DisplayFormat.Count(failure.Number)).Append(" **").Append(MarkdownText.Text(failure.Title)).Append("**");
        if (!failure.IsException && failure.Severity is { } severity)
        {
            md.Append(" (").Append(MarkdownText.Text(severity)).Append(')');
        }

        md.Append(" in ").Append(MarkdownText.Code(failure.FlowName));
        var message = failure.IsException ? failure.Exception?.Message ?? failure.Reason : failure.Reason;
        if (!string.IsNullOrEmpty(message))
        {
            md.Append(": ").Append(MarkdownText.Text(message, 200));
        }

        md.Append('\n');
        var at = failure.Location is { } location ? "at " + MarkdownText.Code(location) + ", " : "";
        md.Append("  - ").Append(at).Append(DisplayFormat.Clock(failure.Timestamp));
        if (failure.Step is { } step)
        {
            md.Append(", step ").Append(MarkdownText.Code(step));
        }

        md.Append('\n');
        md.Append("  - path: ").Append(string.Join(" › ", failure.Path.Select(p => MarkdownText.Code(p))));
        if (failure.FlowId is { } flowId)
        {
            md.Append(" (flow ").Append(MarkdownText.Code(flowId)).Append(')');
        }

        md.Append('\n');
        if (failure.PayloadJson is { } payload)
        {
            md.Append("  - evidence: ").Append(MarkdownText.Code(payload, MaxEvidenceChars));
            if (failure.RedactedFields.Count > 0)
            {
                md.Append(" (redacted: ").Append(string.Join(", ", failure.RedactedFields.Select(f => MarkdownText.Code(f)))).Append(')');
            }

            md.Append('\n');
        }
    }

    private static void AppendLatencyOutliers(StringBuilder md, RunDigest digest, FlowCatalog catalog, PerformanceConfig performance)
    {
        var outliers = LatencyOutliers.Find(digest, name => FlowSla.P95Ms(name, catalog, performance), FlowSla.LargestBucketMs(performance));
        md.Append("## Latency outliers\n\n");
        if (outliers.Count == 0)
        {
            md.Append("None: no flow exceeded its SLA, twice its p95, or the largest latency bucket.\n\n");
            return;
        }

        md.Append("| flow | duration | limit | started | at | flow id |\n| --- | ---: | --- | --- | --- | --- |\n");
        foreach (var outlier in outliers)
        {
            var flow = outlier.Flow;
            md.Append("| ").Append(MarkdownText.CellCode(flow.Name))
                .Append(" | ").Append(DurationOrDash(flow.DurationMs))
                .Append(" | ").Append(outlier.Limit).Append(" ").Append(DisplayFormat.Duration(outlier.LimitMs))
                .Append(" | ").Append(DisplayFormat.Clock(flow.StartedAt))
                .Append(" | ").Append(flow.Location is null ? "—" : MarkdownText.CellCode(flow.Location))
                .Append(" | ").Append(flow.FlowId is null ? "—" : MarkdownText.CellCode(flow.FlowId))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void AppendIncompleteFlows(StringBuilder md, RunHeader header, RunDigest digest)
    {
        md.Append("## Incomplete flows\n\n");
        var open = digest.OpenFlows;
        var incomplete = digest.EndedIncomplete;
        if (open.Count == 0 && incomplete.Count == 0)
        {
            md.Append("None: every started flow ended with a verdict.\n\n");
            return;
        }

        if (open.Count > 0)
        {
            md.Append(string.Equals(header.Status, RunHeader.StatusRunning, System.StringComparison.Ordinal)
                ? "Still open (the run is still running): "
                : "Started but never ended (orphaned): ");
            md.Append(DisplayFormat.Count(open.Count)).Append(".\n\n");
            AppendSightings(md, open.Take(digest.Options.ListedFlows), withDuration: false);
            if (open.Count > digest.Options.ListedFlows)
            {
                md.Append("_").Append(DisplayFormat.Count(open.Count - digest.Options.ListedFlows)).Append(" more not listed._\n\n");
            }
        }

        if (incomplete.Count > 0)
        {
            md.Append("Ended without a verdict (no success, failure or exception was recorded): ")
                .Append(DisplayFormat.Count(digest.Verdicts.Incomplete)).Append(".\n\n");
            AppendSightings(md, incomplete, withDuration: true);
        }
    }

    private static void AppendSightings(StringBuilder md, IEnumerable<FlowSighting> flows, bool withDuration, bool withVerdict = false)
    {
        md.Append(withVerdict ? "| flow | verdict " : "| flow ")
            .Append(withDuration ? "| started | duration | at | flow id |\n" : "| started | at | flow id |\n")
            .Append(withVerdict ? "| --- | --- " : "| --- ")
            .Append(withDuration ? "| --- | ---: | --- | --- |\n" : "| --- | --- | --- |\n");
        foreach (var flow in flows)
        {
            md.Append("| ").Append(MarkdownText.CellCode(flow.Name));
            if (withVerdict)
            {
                md.Append(" | ").Append(FlowOutcomeText.StyleOf(flow.Verdict));
            }

            md.Append(" | ").Append(DisplayFormat.Clock(flow.StartedAt));
            if (withDuration)
            {
                md.Append(" | ").Append(DurationOrDash(flow.DurationMs));
            }

            md.Append(" | ").Append(flow.Location is null ? "—" : MarkdownText.CellCode(flow.Location))
                .Append(" | ").Append(flow.FlowId is null ? "—" : MarkdownText.CellCode(flow.FlowId)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void AppendCatalogChecks(StringBuilder md, RunDigest digest, FlowCatalog catalog)
    {
        var undeclared = DeclaredFailureClasses.Undeclared(digest, catalog);
        if (undeclared.Count == 0)
        {
            return;
        }

        md.Append("## Catalog checks\n\n");
        foreach (var (flow, failureClass, count) in undeclared)
        {
            var declared = catalog.Find(flow.Name)?.FailureClasses ?? new string[0];
            md.Append("- ⚠️ ").Append(MarkdownText.Code(flow.Name)).Append(" recorded ").Append(MarkdownText.Code(failureClass))
                .Append(" (×").Append(DisplayFormat.Count(count)).Append("), which flows.yaml does not declare for it (declared: ")
                .Append(string.Join(", ", declared.Select(d => MarkdownText.Code(d)))).Append(").\n");
        }

        md.Append('\n');
    }
}
