using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Config;

namespace FlowTest.Artifacts.Rendering;

/// <summary>
/// summary.md (SPEC §7): the run for people. A pure function of its inputs: the same run renders
/// to the same bytes, whatever the machine's culture or clock.
/// </summary>
internal static partial class SummaryRenderer
{
    /// <summary>Evidence longer than this is cut in summary.md (ask.md shows more).</summary>
    public const int MaxEvidenceChars = 300;

    public static string Render(RunHeader header, RunDigest digest, FlowCatalog catalog, PerformanceConfig performance)
    {
        var md = new StringBuilder();
        AppendHeader(md, header, digest);
        AppendVerdicts(md, digest);
        AppendFlows(md, digest, catalog, performance);
        AppendFailures(md, digest);
        AppendLatencyOutliers(md, digest, catalog, performance);
        AppendIncompleteFlows(md, header, digest);
        AppendCatalogChecks(md, digest, catalog);
        AppendMetrics(md, digest);
        AppendFlowTree(md, digest);
        AppendArtifacts(md, header);
        return md.ToString();
    }

    private static void AppendHeader(StringBuilder md, RunHeader header, RunDigest digest)
    {
        md.Append("# FlowTest run ").Append(MarkdownText.Code(header.RunId)).Append(": ")
            .Append(StatusIcon(header.Status)).Append(' ').Append(MarkdownText.Text(header.Status)).Append("\n\n");

        var rows = new List<(string, string)> { ("status", "**" + MarkdownText.Text(header.Status) + "**") };
        var started = header.StartedAt ?? digest.Run.StartedAt;
        var ended = header.EndedAt ?? digest.Run.EndedAt;
        if (started is { } s)
        {
            rows.Add(("started", DisplayFormat.Timestamp(s)));
        }

        if (ended is { } e)
        {
            rows.Add(("ended", DisplayFormat.Timestamp(e)));
        }

        var duration = header.EffectiveDurationMs ?? (started is { } a && ended is { } b ? (b - a).TotalMilliseconds : null);
        if (duration is { } d)
        {
            rows.Add(("duration", DisplayFormat.Duration(d)));
        }

        AddRow(rows, "command", MarkdownText.CellCode(header.Command ?? digest.Run.Command));
        AddRow(rows, "machine", MarkdownText.Text(header.Machine ?? digest.Run.Machine));
        AddRow(rows, "git", GitText(header));
        AddRow(rows, "FlowTest", MarkdownText.Text(header.FlowTestVersion ?? digest.Run.FlowTestVersion));
        AddRow(rows, "sources", MarkdownText.Text(string.Join(", ", digest.Sources)));
        AddRow(rows, "nodes", MarkdownText.Text(string.Join(", ", digest.Nodes)));
        rows.Add(("events", EventsText(header, digest)));

        // The status row doubles as the table header: GitHub draws an empty header as a blank bar.
        for (var i = 0; i < rows.Count; i++)
        {
            md.Append("| ").Append(rows[i].Item1).Append(" | ").Append(rows[i].Item2).Append(" |\n");
            if (i == 0)
            {
                md.Append("| --- | --- |\n");
            }
        }

        md.Append('\n');
        if (digest.Run.EventsDropped is > 0)
        {
            md.Append("> ⚠️ The writer dropped ").Append(DisplayFormat.Count(digest.Run.EventsDropped.Value))
                .Append(" events (per `run.ended`); counts below may be low.\n\n");
        }
    }

    private static void AppendVerdicts(StringBuilder md, RunDigest digest)
    {
        md.Append("## Verdicts\n\n");
        if (digest.FlowsStarted == 0 && digest.FlowsEnded == 0)
        {
            md.Append("No flows were recorded.\n\n");
            return;
        }

        md.Append("| verdict | flows |\n| --- | ---: |\n");
        foreach (var verdict in new[] { FlowVerdict.Success, FlowVerdict.Failure, FlowVerdict.Exception, FlowVerdict.Skipped, FlowVerdict.Incomplete })
        {
            md.Append("| ").Append(FlowOutcomeText.StyleOf(verdict)).Append(" | ").Append(DisplayFormat.Count(digest.Verdicts[verdict])).Append(" |\n");
        }

        md.Append("| never ended | ").Append(DisplayFormat.Count(digest.OpenFlowCount)).Append(" |\n");
        md.Append("| **started** | **").Append(DisplayFormat.Count(digest.FlowsStarted)).Append("** |\n\n");
    }

    private static void AppendFlows(StringBuilder md, RunDigest digest, FlowCatalog catalog, PerformanceConfig performance)
    {
        var flows = digest.Flows;
        if (flows.Count == 0)
        {
            return;
        }

        md.Append("## Flows\n\n");
        md.Append("| flow | started | success | p50 | p95 | max | SLA p95 | over SLA | failure classes |\n");
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var flow in flows)
        {
            var sla = FlowSla.P95Ms(flow.Name, catalog, performance);
            var p50 = flow.Durations.Percentile(50);
            var p95 = flow.Durations.Percentile(95);
            var breached = sla is { } limit && p95 > limit;
            md.Append("| ").Append(MarkdownText.CellCode(flow.Name))
                .Append(" | ").Append(DisplayFormat.Count(flow.Started))
                .Append(" | ");
            AppendSuccess(md, flow);

            // A flow that ran once (a test) has one duration for all three columns: formatted once.
            var p50Text = DurationOrDash(p50);
            var p95Text = p95 == p50 ? p50Text : DurationOrDash(p95);
            var max = flow.Durations.Count > 0 ? flow.Durations.Max : (double?)null;
            md.Append(" | ").Append(p50Text)
                .Append(" | ").Append(p95Text).Append(breached ? " ⚠️" : "")
                .Append(" | ").Append(max == p95 ? p95Text : DurationOrDash(max))
                .Append(" | ").Append(DurationOrDash(sla))
                .Append(" | ").Append(sla is { } s && flow.Durations.Count > 0 ? OverSlaText(flow, s) : "—")
                .Append(" | ").Append(FailureClassesText(flow, catalog.Find(flow.Name)))
                .Append(" |\n");
        }

        md.Append('\n');
        if (digest.UntrackedFlowNames > 0)
        {
            md.Append("_").Append(digest.UntrackedFlowNamesIsLowerBound ? "More than " : "").Append(DisplayFormat.Count(digest.UntrackedFlowNames))
                .Append(" more flow names past the first ").Append(DisplayFormat.Count(digest.Options.MaxFlowNames))
                .Append(" are counted together in the last row._\n\n");
        }

        if (flows.Any(f => !f.Durations.IsExact))
        {
            md.Append("Percentiles of flows that ran more than ")
                .Append(DisplayFormat.Count(digest.Options.DurationSamplesPerFlow))
                .Append(" times come from a uniform sample of that many durations.\n\n");
        }
    }

    private static void AppendSuccess(StringBuilder md, FlowNameStats flow)
    {
        if (flow.SuccessRatio is { } ratio)
        {
            md.Append(DisplayFormat.Percent(ratio)).Append(" (").Append(DisplayFormat.Count(flow.Verdicts.Success)).Append('/').Append(DisplayFormat.Count(flow.Judged)).Append(')');
        }
        else
        {
            md.Append(flow.Verdicts.Skipped > 0 ? "skipped" : "—");
        }
    }

    private static string OverSlaText(FlowNameStats flow, double slaMs)
    {
        var over = flow.Durations.CountAbove(slaMs);
        var text = (flow.Durations.IsExact ? "" : "~") + DisplayFormat.Count(over);
        return over > 0 ? "**" + text + "**" : text;
    }

    private static string FailureClassesText(FlowNameStats flow, FlowDefinition? definition)
    {
        if (flow.FailureClasses.Count == 0)
        {
            return "—";
        }

        return string.Join(", ", flow.FailureClasses.Select(c =>
            MarkdownText.CellCode(c.Key) + " ×" + DisplayFormat.Count(c.Value)
            + (DeclaredFailureClasses.IsDeclared(definition, c.Key) ? "" : " ⚠️ undeclared")));
    }

    private static string DurationOrDash(double? ms) => ms is { } value ? DisplayFormat.Duration(value) : "—";

    private static string StatusIcon(string status) => status switch
    {
        RunHeader.StatusPassed => "✅",
        RunHeader.StatusFailed => "❌",
        RunHeader.StatusCrashed => "💥",
        _ => "⏳",
    };

    private static string? GitText(RunHeader header)
    {
        if (header.GitBranch is null && header.GitSha is null)
        {
            return null;
        }

        var sha = header.GitSha is { Length: > 12 } full ? full.Substring(0, 12) : header.GitSha;
        return header.GitBranch is null ? MarkdownText.CellCode(sha)
            : sha is null ? MarkdownText.CellCode(header.GitBranch)
            : MarkdownText.CellCode(header.GitBranch) + " @ " + MarkdownText.CellCode(sha);
    }

    private static string EventsText(RunHeader header, RunDigest digest)
    {
        var text = DisplayFormat.Count(digest.Events) + " read";
        if (digest.UnknownEvents > 0)
        {
            text += " · " + DisplayFormat.Count(digest.UnknownEvents) + " of unknown kinds ignored";
        }

        if (header.ReadStats is { HasProblems: true } stats)
        {
            var skipped = stats.Malformed + stats.Oversized + stats.PartialTail;
            text += " · ⚠️ " + DisplayFormat.Count(skipped) + (skipped == 1 ? " line" : " lines") + " skipped ("
                + string.Join(", ", new[]
                {
                    stats.Malformed > 0 ? DisplayFormat.Count(stats.Malformed) + " malformed" : null,
                    stats.Oversized > 0 ? DisplayFormat.Count(stats.Oversized) + " too long" : null,
                    stats.PartialTail > 0 ? DisplayFormat.Count(stats.PartialTail) + " partial" : null,
                }.Where(p => p is not null)) + ")";
        }

        return text;
    }

    private static void AddRow(List<(string, string)> rows, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            rows.Add((name, value!));
        }
    }
}
